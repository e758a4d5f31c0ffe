import { z } from 'zod';

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  number: 'getal',
  int: 'geheel getal',
  boolean: 'ja of nee (true/false)',
  array: 'lijst',
  object: 'object',
  date: 'datum',
};

const UNIT: Record<string, [string, string]> = {
  string: ['teken', 'tekens'],
  array: ['item', 'items'],
  set: ['item', 'items'],
};

function sizeMessage(direction: 'min' | 'max', origin: string, limit: number | bigint, inclusive: boolean): string {
  const unit = UNIT[origin];
  if (origin === 'string' && direction === 'min' && Number(limit) === 1) return 'Vul dit veld in.';
  if (unit) {
    const noun = Number(limit) === 1 ? unit[0] : unit[1];
    return direction === 'min' ? `Moet minstens ${limit} ${noun} bevatten.` : `Mag hoogstens ${limit} ${noun} bevatten.`;
  }
  if (direction === 'min') return inclusive ? `Moet ${limit} of meer zijn.` : `Moet meer dan ${limit} zijn.`;
  return inclusive ? `Moet ${limit} of minder zijn.` : `Moet minder dan ${limit} zijn.`;
}

/** Plain Dutch for every validation message; the user sees these next to the field. */
export function dutchIssueMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'Dit veld is verplicht.';
      return `Moet een ${TYPE_NAMES[issue.expected] ?? issue.expected} zijn.`;
    case 'too_small':
      return sizeMessage('min', issue.origin, issue.minimum, issue.inclusive ?? true);
    case 'too_big':
      return sizeMessage('max', issue.origin, issue.maximum, issue.inclusive ?? true);
    case 'invalid_value':
      return `Kies een van: ${issue.values.map(String).join(', ')}.`;
    case 'unrecognized_keys':
      return 'Onbekend veld.';
    case 'invalid_format':
      if (issue.format === 'email') return 'Dit is geen geldig e-mailadres.';
      if (issue.format === 'date') return 'Gebruik een datum als JJJJ-MM-DD.';
      if (issue.format === 'datetime') return 'Gebruik een tijdstip in ISO-formaat.';
      return 'Het formaat klopt niet.';
    case 'not_multiple_of':
      return `Moet een veelvoud van ${issue.divisor} zijn.`;
    default:
      return undefined;
  }
}

let installed = false;

/** Installs the Dutch messages once per process (zod's own nl locale fills any gap). */
export function installDutchZodMessages(): void {
  if (installed) return;
  installed = true;
  z.config(z.locales.nl());
  z.config({ customError: (issue) => dutchIssueMessage(issue) });
}
