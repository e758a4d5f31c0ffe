import { InvalidArgumentError, type Command } from 'commander';
import { dayOf } from './domain/days.js';
import { MAX_SCALE } from './domain/plan.js';
import { writeDemodam, type DemodamSummary } from './write-demodam.js';

interface DemoDataOptions {
  scale: number;
  seed: number;
  out?: string;
  zip?: string;
  today?: string;
  municipality: string;
  anchors: boolean;
}

function parseScale(value: string): number {
  const scale = Number(value.replace(',', '.'));
  if (!Number.isFinite(scale) || scale <= 0 || scale > MAX_SCALE) throw new InvalidArgumentError(`Gebruik een getal groter dan 0 en hoogstens ${MAX_SCALE} (1 = 120.000 inwoners).`);
  return scale;
}

function parseSeed(value: string): number {
  const seed = Number(value);
  if (!/^\d+$/.test(value) || seed > 0xffff_ffff) throw new InvalidArgumentError('Gebruik een geheel getal van 0 tot 4294967295.');
  return seed;
}

function parseToday(value: string): string {
  try {
    dayOf(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
  return value;
}

function parseMunicipality(value: string): string {
  if (!/^\d{4}$/.test(value)) throw new InvalidArgumentError('Gebruik de CBS-gemeentecode van vier cijfers, zoals 0999.');
  return value;
}

const number = (n: number) => n.toLocaleString('nl-NL');

export function describeSummary(summary: DemodamSummary, where: string, seconds: number): string {
  const files = Object.values(summary.files).reduce((a, b) => a + b, 0);
  const records = Object.entries(summary.records).map(([kind, n]) => `${kind} ${number(n)}`).join(', ');
  return [
    `Demodam (gemeente ${summary.municipalityCode}, schaal ${String(summary.scale).replace('.', ',')}, seed ${summary.seed}, tot en met ${summary.today}):`,
    `  ${number(summary.households)} huishoudens, waarvan ${number(summary.currentHouseholds)} met ondersteuning op ${summary.today}; ${number(summary.clients)} cliënten; ${number(summary.providers)} aanbieders.`,
    `  ${number(files)} bestanden, ${number(summary.totalRecords)} records (${records}).`,
    `  ${(summary.bytes / 1e6).toFixed(1).replace('.', ',')} MB in ${where}, in ${seconds.toFixed(1).replace('.', ',')} s.`,
    ...(summary.anchors.length > 0 ? [`  Cliëntnummers van de demoplannen: ${summary.anchors.map((a) => `${a.clientNumber} (${a.pillars.length} pijlers)`).join(', ')}.`] : []),
    `  Synthetische testgegevens: de BSN's zijn testnummers, de namen en adressen verzonnen.`,
    `  Importeren: npx doorbraak import-data ${where} --tenant demo`,
  ].join('\n');
}

export function registerDemoDataCommands(program: Command): void {
  program
    .command('demo-data')
    .description(
      'Schrijf de synthetische dataset van Demodam: iWmo/iJw 3.2-berichten (301, 305, 307, 323) en de CSV-bestanden (services, households, tariffs, budgets, realisations), om met import-data in te lezen. Dezelfde seed en schaal geven dezelfde bestanden.',
    )
    .option('--scale <n>', 'grootte: 1 = een gemeente van 120.000 inwoners (~13.300 huishoudens met ondersteuning)', parseScale, 1)
    .option('--seed <s>', 'startwaarde van het toeval', parseSeed, 1)
    .option('--out <map>', 'schrijf de bestanden in deze map (standaard ./demodam)')
    .option('--zip <bestand>', 'schrijf alles in één ZIP-bestand')
    .option('--today <datum>', 'de datum tot waar de gegevens lopen, JJJJ-MM-DD (standaard vandaag)', parseToday)
    .option('--municipality <code>', 'CBS-gemeentecode van de afzender en ontvanger', parseMunicipality, '0999')
    .option('--no-anchors', 'de cliëntnummers van de demoplannen niet in huishoudens op drie of meer pijlers plaatsen')
    .action(async (options: DemoDataOptions, command: Command) => {
      if (options.out && options.zip) command.error('Kies --out of --zip, niet allebei.');
      const anchorClientNumbers = options.anchors ? await demoPlanClientNumbers() : [];
      const where = options.zip ?? options.out ?? 'demodam';
      const target = options.zip ? { zip: options.zip } : { dir: where };
      const started = performance.now();
      const summary = await writeDemodam(target, {
        scale: options.scale,
        seed: options.seed,
        municipalityCode: options.municipality,
        anchorClientNumbers,
        ...(options.today ? { today: options.today } : {}),
      });
      console.log(describeSummary(summary, where, (performance.now() - started) / 1000));
    });
}

/** The client numbers of tenant demo's demo plans (read lazily: the CLI loads it only for this command). */
async function demoPlanClientNumbers(): Promise<string[]> {
  const { DEMO_PLANS } = await import('../demo-plans.js');
  return DEMO_PLANS.filter((plan) => plan.tenantId === 'demo').map((plan) => plan.document.clientNumber);
}
