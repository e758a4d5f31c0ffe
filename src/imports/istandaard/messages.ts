import { FREQUENCIES, UNITS, type Frequency, type Unit } from '../domain/records.js';
import { element, leaf, present, type ElementOptions, type ElementSpec } from './element-tree.js';
import type { IstandaardKind, MessageKind } from './kinds.js';
import type { Fields, Reading } from './reading.js';
import {
  agbProblem, bsnProblem, codeChecker, dateProblem, integerProblem, municipalityProblem,
  parseNonNegativeInteger, quote, textProblem, timeProblem,
} from './values.js';

/**
 * The trees of the messages 301, 305, 307 and 323 (iWmo and iJw 3.2 have the same structure; they
 * differ in namespaces, BerichtCode and code lists), built from the XSDs in
 * reference/istandaarden/. Only the parts Doorbraak reads are here.
 */

type Spec = ElementSpec<Reading>;
type Options = ElementOptions<Reading>;
type Setter = (fields: Fields, value: string) => void;
type Check = (raw: string) => string | undefined;

const BASIS: Options = { basis: true };
const OPTIONAL: Options = { optional: true };
const BASIS_OPTIONAL: Options = { basis: true, optional: true };
const ignore: Setter = () => {};

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String(from + i).padStart(2, '0'));

const CODES = {
  iwmo: {
    categories: codeChecker('productcategorie', range(1, 18)),
    reasons: codeChecker('reden van beëindiging', ['02', '19', '20', '21', '22', '23', '31', '36', '37', '38', '39']),
  },
  ijw: {
    categories: codeChecker('productcategorie', [...range(31, 38), ...range(40, 55)]),
    reasons: codeChecker('reden van beëindiging', ['02', '20', '31', '32', '33', '34', '35', '36', '37', '38', '39']),
  },
};
const unitCheck = codeChecker('eenheid', UNITS);
const frequencyCheck = codeChecker('frequentie', FREQUENCIES);
const debitCreditCheck = codeChecker('DebetCredit-code', ['D', 'C']);
const deliveryStatusCheck = codeChecker('StatusAanlevering', ['1', '2', '3', '9']);
const addressKindCheck = codeChecker('adressoort', ['01', '02', '03', '04']);
const dateUseCheck = codeChecker('DatumGebruik', ['1', '2', '3']);

/** The 301 `Contact` whose address is the BRP address (the household when no file says). */
const BRP_ADDRESS = '01';
/** `DatumGebruik` 3: day, month and year of the birth date are unknown. */
const BIRTH_DATE_UNKNOWN = '3';
/** Unit `83` is euro's: its unit price is 100 cents (CONTRACT.md). */
const EURO_UNIT = '83';

function checked(name: string, check: Check, set: Setter, options: Options = {}): Spec {
  return leaf<Reading>(name, (r, v) => {
    const problem = check(v);
    if (problem === undefined) set(r.fields, v);
    else r.fail(problem);
  }, options);
}

const dateLeaf = (name: string, set: Setter, options?: Options) => checked(name, (v) => dateProblem(v, name), set, options);
const textLeaf = (name: string, max: number, set: Setter, options?: Options) => checked(name, (v) => textProblem(v, name, max), set, options);

function integerLeaf(name: string, max: number, set: (fields: Fields, value: number) => void, options?: Options, personal = false): Spec {
  return leaf<Reading>(name, (r, v) => {
    const n = parseNonNegativeInteger(v, max);
    if (Number.isNaN(n)) r.fail(integerProblem(v, name, max, personal)!);
    else set(r.fields, n);
  }, options);
}

/** `ToewijzingNummer` (`LDT_Nummer`, an integer): kept canonical, so 0101 and 101 are one assignment. */
const serviceIdLeaf = () => integerLeaf('ToewijzingNummer', 999_999_999, (f, n) => { f.serviceId = String(n); });

/** A part of an address: checked, never quoted. */
const addressLeaf = (name: string, max: number, set: Setter) => checked(name, (v) => textProblem(v, name, max, true), set, BASIS_OPTIONAL);

function header(kind: MessageKind, label: string): Spec {
  const fromMunicipality = kind.message === '301';
  const municipality = (name: 'Afzender' | 'Ontvanger') => leaf<Reading>(name, (r, v) => {
    const problem = municipalityProblem(v, name);
    if (problem !== undefined) return r.fail(problem);
    if (name === 'Afzender') r.fields.sender = v;
    else r.fields.receiver = v;
    // CONTRACT.md names the 301's sender and the 323's receiver; a 305/307 is not checked on it.
    if (kind.message === '301' && v !== r.municipalityCode) {
      r.fail(`Dit bericht komt van gemeente ${v}, niet van deze gemeente (${r.municipalityCode}): alleen eigen berichten worden ingelezen.`);
    } else if (kind.message === '323' && v !== r.municipalityCode) {
      r.fail(`Deze declaratie is gericht aan gemeente ${v}, niet aan deze gemeente (${r.municipalityCode}): alleen eigen berichten worden ingelezen.`);
    }
  });
  const provider = (name: 'Afzender' | 'Ontvanger') =>
    checked(name, (v) => agbProblem(v, name), name === 'Afzender' ? (f, v) => { f.sender = v; } : (f, v) => { f.receiver = v; });
  const fixed = (name: string, expected: string, why: string) =>
    leaf<Reading>(name, (r, v) => { if (v !== expected) r.fail(`${name} ${quote(v)} ${why}: verwacht ${expected}.`); });

  return element<Reading>('Header', { close: (r) => { r.fields.headerDone = true; } }, [
    fixed('BerichtCode', kind.berichtCode, `hoort niet bij een ${label}-bericht`),
    fixed('BerichtVersie', '3', 'wordt niet ingelezen (alleen release 3.2)'),
    fixed('BerichtSubversie', '2', 'wordt niet ingelezen (alleen release 3.2)'),
    fromMunicipality ? municipality('Afzender') : provider('Afzender'),
    fromMunicipality ? provider('Ontvanger') : municipality('Ontvanger'),
    element<Reading>('BerichtIdentificatie', {}, [
      textLeaf('Identificatie', 12, ignore, BASIS),
      dateLeaf('Dagtekening', (f, v) => { f.messageDate = v; }, BASIS),
    ]),
    present('XsdVersie'),
  ]);
}

/** The header comes first in every message: its sender and receiver are in every record. */
function requireHeader(r: Reading): void {
  if (!r.fields.headerDone) r.fail('De Header ontbreekt of staat niet vooraan: het bericht begint met de Header.');
}

const bsnLeaf = () => leaf<Reading>('Bsn', (r, v) => {
  const problem = bsnProblem(v);
  if (problem === undefined) r.fields.client = { bsn: v };
  else r.fail(problem);
});

/** Only the year is kept; the full date never leaves the reader. */
const birthDate = () => element<Reading>('Geboortedatum', {
  close: (r) => {
    const f = r.fields;
    f.birthYear = f.birthDate !== '' && f.birthDateUse !== BIRTH_DATE_UNKNOWN ? Number(f.birthDate.slice(0, 4)) : undefined;
  },
}, [
  checked('Datum', (v) => dateProblem(v, 'Geboortedatum', true), (f, v) => { f.birthDate = v; }, BASIS),
  checked('DatumGebruik', dateUseCheck, (f, v) => { f.birthDateUse = v; }, BASIS_OPTIONAL),
]);

const contact = () => element<Reading>('Contact', {
  repeated: true,
  open: (r) => r.fields.resetContact(),
  close: (r) => {
    const f = r.fields;
    if (f.contactKind !== BRP_ADDRESS || f.address !== undefined || f.postcode === '' || f.houseNumber === '') return;
    f.address = {
      postcode: f.postcode,
      houseNumber: f.houseNumber,
      houseLetter: f.houseLetter === '' ? undefined : f.houseLetter,
      addition: f.addition === '' ? undefined : f.addition,
    };
  },
}, [
  checked('Soort', addressKindCheck, (f, v) => { f.contactKind = v; }),
  element<Reading>('Adres', OPTIONAL, [
    element<Reading>('Huis', BASIS_OPTIONAL, [
      integerLeaf('Huisnummer', 99_999, (f, n) => { f.houseNumber = String(n); }, BASIS, true),
      addressLeaf('Huisletter', 1, (f, v) => { f.houseLetter = v.toUpperCase(); }),
      addressLeaf('HuisnummerToevoeging', 4, (f, v) => { f.addition = v.toUpperCase(); }),
    ]),
    addressLeaf('Postcode', 8, (f, v) => { f.postcode = v.replace(/\s+/g, '').toUpperCase(); }),
  ]),
]);

function product(categories: Check, options: Options): Spec {
  return element<Reading>('Product', options, [
    checked('Categorie', categories, (f, v) => { f.productCategory = v; }, BASIS),
    textLeaf('Code', 5, (f, v) => { f.productCode = v; }, BASIS_OPTIONAL),
  ]);
}

function endNotBefore(r: Reading, startLabel: string): void {
  const f = r.fields;
  if (f.startDate !== '' && f.endDate !== '' && f.endDate < f.startDate) {
    r.fail(`Einddatum ${f.endDate} ligt vóór de ${startLabel} ${f.startDate}.`, 'Einddatum');
  }
}

function assignmentMessage(kind: MessageKind, label: string): Spec {
  const assignment = element<Reading>('ToegewezenProduct', {
    repeated: true,
    open: (r) => r.fields.resetProduct(),
    close: (r) => {
      const f = r.fields;
      endNotBefore(r, 'Ingangsdatum');
      if (!f.hasVolume && f.budgetCents === undefined) {
        r.fail('Omvang of Budget ontbreekt: een toegewezen product heeft een omvang (Volume, Eenheid, Frequentie) of een budget.', 'Omvang');
      }
      // No valid Bsn: that is an error (a missing one is reported when Client closes), no record.
      if (f.client === undefined) return;
      r.emit({
        type: 'service',
        serviceId: f.serviceId,
        client: f.client,
        birthYear: f.birthYear,
        address: f.address,
        pillar: kind.pillar,
        productCategory: f.productCategory,
        productCode: f.productCode === '' ? undefined : f.productCode,
        productName: undefined,
        provider: f.receiver,
        assignedOn: f.assignedOn,
        startDate: f.startDate,
        endDate: f.endDate === '' ? undefined : f.endDate,
        volume: f.hasVolume ? f.volume : undefined,
        unit: f.hasVolume ? (f.unit as Unit) : undefined,
        frequency: f.hasVolume ? (f.frequency as Frequency) : undefined,
        amountCents: f.hasVolume ? undefined : f.budgetCents,
        messageDate: f.messageDate,
      });
    },
  }, [
    serviceIdLeaf(),
    // Optional in the XSD (a "generieke toewijzing"), but every service needs its category.
    product(CODES[kind.standard].categories, {}),
    dateLeaf('Toewijzingsdatum', (f, v) => { f.assignedOn = v; }),
    checked('Toewijzingstijd', (v) => timeProblem(v, 'Toewijzingstijd'), ignore),
    dateLeaf('Ingangsdatum', (f, v) => { f.startDate = v; }),
    dateLeaf('Einddatum', (f, v) => { f.endDate = v; }, OPTIONAL),
    element<Reading>('Omvang', { optional: true, open: (r) => { r.fields.hasVolume = true; } }, [
      integerLeaf('Volume', 99_999_999, (f, n) => { f.volume = n; }, BASIS),
      checked('Eenheid', unitCheck, (f, v) => { f.unit = v; }, BASIS),
      checked('Frequentie', frequencyCheck, (f, v) => { f.frequency = v; }, BASIS),
    ]),
    integerLeaf('Budget', 99_999_999, (f, n) => { f.budgetCents = n; }, OPTIONAL),
  ]);

  return element<Reading>('Bericht', {}, [
    header(kind, label),
    element<Reading>('Client', { open: (r) => { r.fields.resetClient(); requireHeader(r); } }, [
      bsnLeaf(),
      birthDate(),
      present('Geslacht'),
      present('Naam'),
      element<Reading>('Contactgegevens', {}, [contact()]),
      element<Reading>('ToegewezenProducten', {}, [assignment]),
    ]),
  ]);
}

function deliveryMessage(kind: MessageKind, label: string): Spec {
  const stop = kind.message === '307';
  const item = element<Reading>(stop ? 'StopProduct' : 'StartProduct', {
    repeated: true,
    open: (r) => r.fields.resetProduct(),
    close: (r) => {
      const f = r.fields;
      if (stop) endNotBefore(r, 'Begindatum');
      if (f.client === undefined) return;
      if (stop) {
        r.emit({
          type: 'stop', serviceId: f.serviceId, client: f.client, provider: f.sender, pillar: kind.pillar,
          startDate: f.startDate === '' ? undefined : f.startDate, endDate: f.endDate, reason: f.reason,
        });
      } else {
        r.emit({ type: 'start', serviceId: f.serviceId, client: f.client, provider: f.sender, pillar: kind.pillar, startDate: f.startDate });
      }
    },
  }, [
    // Optional in the XSD, but a start or stop is linked to its assignment by this number.
    serviceIdLeaf(),
    product(CODES[kind.standard].categories, OPTIONAL),
    dateLeaf('ToewijzingIngangsdatum', (f, v) => { f.assignmentStart = v; }, OPTIONAL),
    dateLeaf('Begindatum', (f, v) => { f.startDate = v; }),
    ...(stop
      ? [
          checked('RedenBeeindiging', CODES[kind.standard].reasons, (f, v) => { f.reason = v; }),
          dateLeaf('Einddatum', (f, v) => { f.endDate = v; }),
        ]
      : []),
    checked('StatusAanlevering', deliveryStatusCheck, ignore),
  ]);

  return element<Reading>('Bericht', {}, [
    header(kind, label),
    element<Reading>('Client', { open: (r) => { r.fields.resetClient(); requireHeader(r); } }, [
      bsnLeaf(),
      present('Geboortedatum'),
      present('Geslacht'),
      present('Naam'),
      element<Reading>(stop ? 'StopProducten' : 'StartProducten', {}, [item]),
    ]),
  ]);
}

function period(name: string, declaration: boolean): Spec {
  const setStart: Setter = declaration ? (f, v) => { f.declarationStart = v; } : (f, v) => { f.startDate = v; };
  const setEnd: Setter = declaration ? (f, v) => { f.declarationEnd = v; } : (f, v) => { f.endDate = v; };
  return element<Reading>(name, {
    close: (r) => {
      const f = r.fields;
      const start = declaration ? f.declarationStart : f.startDate;
      const end = declaration ? f.declarationEnd : f.endDate;
      if (start !== '' && end !== '' && end < start) r.fail(`Einddatum ${end} ligt vóór de Begindatum ${start}.`, 'Einddatum');
    },
  }, [dateLeaf('Begindatum', setStart, BASIS), dateLeaf('Einddatum', setEnd, BASIS)]);
}

/** ProductTarief is optional in the XSD; without it the line's price is what was declared per unit. */
function unitPrice(f: Fields): number {
  if (f.unitPriceCents !== undefined) return f.unitPriceCents;
  if (f.unit === EURO_UNIT) return 100;
  return f.volume > 0 ? Math.round(f.amountCents / f.volume) : 0;
}

function declarationMessage(kind: MessageKind, label: string): Spec {
  const line = element<Reading>('Prestatie', {
    repeated: true,
    open: (r) => r.fields.resetProduct(),
    close: (r) => {
      const f = r.fields;
      // Without a valid Bsn, DeclaratieNummer or DeclaratieDagtekening the file has an error (a
      // missing one is reported when its parent closes) and the line is no record.
      if (f.client === undefined || f.declarationNumber === '' || f.declaredOn === '') return;
      r.emit({
        type: 'declaration',
        declarationNumber: f.declarationNumber,
        productReference: f.productReference,
        serviceId: f.serviceId,
        client: f.client,
        provider: f.sender,
        pillar: kind.pillar,
        productCategory: f.productCategory,
        productCode: f.productCode,
        periodStart: f.startDate,
        periodEnd: f.endDate,
        volume: f.volume,
        unit: f.unit as Unit,
        unitPriceCents: unitPrice(f),
        amountCents: f.debitCredit === 'C' && f.amountCents !== 0 ? -f.amountCents : f.amountCents,
        declaredOn: f.declaredOn,
      });
    },
  }, [
    element<Reading>('ProductReferentie', {}, [textLeaf('ReferentieNummer', 20, (f, v) => { f.productReference = v; }, BASIS)]),
    serviceIdLeaf(),
    checked('ProductCategorie', CODES[kind.standard].categories, (f, v) => { f.productCategory = v; }),
    textLeaf('ProductCode', 5, (f, v) => { f.productCode = v; }),
    period('ProductPeriode', false),
    integerLeaf('GeleverdVolume', 99_999_999, (f, n) => { f.volume = n; }),
    checked('Eenheid', unitCheck, (f, v) => { f.unit = v; }),
    integerLeaf('ProductTarief', 99_999_999, (f, n) => { f.unitPriceCents = n; }, OPTIONAL),
    element<Reading>('IngediendBedrag', {}, [
      integerLeaf('Bedrag', 99_999_999, (f, n) => { f.amountCents = n; }, BASIS),
      checked('DebetCredit', debitCreditCheck, (f, v) => { f.debitCredit = v; }, BASIS),
    ]),
  ]);

  return element<Reading>('Bericht', {}, [
    header(kind, label),
    element<Reading>('Declaratie', { open: requireHeader }, [
      checked('DeclaratieNummer', (v) => (/^[A-Za-z0-9]{1,12}$/.test(v) ? undefined : `DeclaratieNummer ${quote(v)} moet uit 1 tot 12 letters en cijfers bestaan.`), (f, v) => { f.declarationNumber = v; }),
      period('DeclaratiePeriode', true),
      dateLeaf('DeclaratieDagtekening', (f, v) => { f.declaredOn = v; }),
      element<Reading>('TotaalIngediendBedrag', {}, [
        integerLeaf('TotaalBedrag', 999_999_999_999, () => {}, BASIS),
        checked('DebetCredit', debitCreditCheck, ignore, BASIS),
      ]),
      element<Reading>('Clienten', {}, [
        element<Reading>('Client', { repeated: true, open: (r) => r.fields.resetClient() }, [
          bsnLeaf(),
          element<Reading>('Prestaties', {}, [line]),
        ]),
      ]),
    ]),
  ]);
}

function messageTree(kind: MessageKind): Spec {
  const label = `${kind.standard === 'iwmo' ? 'iWmo' : 'iJw'} ${kind.message}`;
  if (kind.message === '301') return assignmentMessage(kind, label);
  if (kind.message === '323') return declarationMessage(kind, label);
  return deliveryMessage(kind, label);
}

const TREES = new Map<IstandaardKind, Spec>();

/** The root `Bericht` of a message kind (built once). */
export function messageRoot(kind: MessageKind): Spec {
  let tree = TREES.get(kind.kind);
  if (tree === undefined) {
    tree = messageTree(kind);
    TREES.set(kind.kind, tree);
  }
  return tree;
}
