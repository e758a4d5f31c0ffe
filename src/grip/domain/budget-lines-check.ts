import { PILLARS } from '../../imports/domain/records.js';
import { shown } from '../../imports/csv/domain/csv-fields.js';

/**
 * The rule every budget file must meet, wherever it comes in (PUT /grip/budget-lines and
 * `budgets*.csv` in an import): within a year each begrotingsregel appears once, and no two lines
 * cover the same pillar and product category — else a service would count on two lines, or on
 * whichever came first. A pillar line ('' = the whole pillar) next to lines for some of its
 * categories is not an overlap: a service counts on the most specific one (CONTRACT.md).
 */
export interface BudgetLineRow {
  /** The CSV line (the header is line 1). */
  line: number;
  year: number;
  budgetLine: string;
  pillar: string;
  productCategory: string;
}

export interface BudgetLineProblem {
  line: number;
  column: 'budgetLine' | 'pillar' | 'productCategory';
  message: string;
}

const PILLAR_SET: ReadonlySet<string> = new Set(PILLARS);
/** The grip pages' own line for what no line covers (`<pillar>:onbegroot`). */
const UNBUDGETED_SUFFIX = ':onbegroot';

/** Row by row, so an import can check a file as it streams; `add` answers the row's problem. */
export class BudgetLinesCheck {
  private readonly lines = new Map<string, number>();
  private readonly scopes = new Map<string, { line: number; budgetLine: string }>();

  add(row: BudgetLineRow): BudgetLineProblem | null {
    const { line, year } = row;
    const pillar = row.pillar.trim().toLowerCase();
    const category = row.productCategory.trim();
    if (pillar === '') return { line, column: 'pillar', message: 'Kolom pillar is leeg: elke begrotingsregel hoort bij een pijler.' };
    if (!PILLAR_SET.has(pillar)) return { line, column: 'pillar', message: `Kolom pillar: onbekende pijler ${shown(row.pillar)}: gebruik ${PILLARS.join(', ')}.` };
    if (row.budgetLine.toLowerCase().endsWith(UNBUDGETED_SUFFIX)) {
      return { line, column: 'budgetLine', message: `Kolom budgetLine: een naam die eindigt op ${UNBUDGETED_SUFFIX} is gereserveerd voor wat niet begroot is; kies een andere.` };
    }
    const lineKey = `${year}|${row.budgetLine}`;
    const sameLine = this.lines.get(lineKey);
    if (sameLine !== undefined) {
      return { line, column: 'budgetLine', message: `Kolom budgetLine: begrotingsregel ${shown(row.budgetLine)} staat voor ${year} al op regel ${sameLine}; elke begrotingsregel staat één keer per jaar in het bestand.` };
    }
    const scopeKey = `${year}|${pillar}|${category}`;
    const sameScope = this.scopes.get(scopeKey);
    if (sameScope) {
      const scope = category === '' ? `de hele pijler ${pillar}` : `pijler ${pillar}, productcategorie ${shown(category)}`;
      return {
        line,
        column: category === '' ? 'pillar' : 'productCategory',
        message: `Kolom ${category === '' ? 'pillar' : 'productCategory'}: overlapt met regel ${sameScope.line} (begrotingsregel ${shown(sameScope.budgetLine)}): beide gaan in ${year} over ${scope}. Per jaar hoort elke pijler en productcategorie bij één begrotingsregel.`,
      };
    }
    this.lines.set(lineKey, line);
    this.scopes.set(scopeKey, { line, budgetLine: row.budgetLine });
    return null;
  }
}

/** Every problem of a whole file's rows, in line order. */
export function checkBudgetLines(rows: readonly BudgetLineRow[]): BudgetLineProblem[] {
  const check = new BudgetLinesCheck();
  return rows.flatMap((row) => check.add(row) ?? []);
}
