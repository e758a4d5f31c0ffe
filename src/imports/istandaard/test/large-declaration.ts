/**
 * Test data: a generated iWmo 323 of any size, for the parser's memory test (and a benchmark).
 * BSN test fixture: every BSN here is a test number (9999…, made to pass the 11-proef, as the
 * example messages' are), never a real person.
 */

/** The `index`-th test BSN: 9999, four digits, and the check digit of the 11-proef. */
export function testBsn(index: number): string {
  for (let n = index; ; n++) {
    const body = `9999${String(n % 10_000).padStart(4, '0')}`;
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += Number(body[i]) * (9 - i);
    const check = sum % 11;
    if (check <= 9) return `${body}${check}`;
  }
}

const MESSAGE = 'http://www.istandaarden.nl/iwmo/3_2/wmo323/schema';
const BASIS = 'http://www.istandaarden.nl/iwmo/3_2/basisschema/schema';

const HEAD =
  `<?xml version="1.0" encoding="UTF-8"?>\n<m:Bericht xmlns:m="${MESSAGE}" xmlns:b="${BASIS}">\n<m:Header>` +
  '<m:BerichtCode>484</m:BerichtCode><m:BerichtVersie>3</m:BerichtVersie><m:BerichtSubversie>2</m:BerichtSubversie>' +
  '<m:Afzender>65656055</m:Afzender><m:Ontvanger>0384</m:Ontvanger><m:BerichtIdentificatie><b:Identificatie>GROOT1</b:Identificatie>' +
  '<b:Dagtekening>2023-05-06</b:Dagtekening></m:BerichtIdentificatie><m:XsdVersie><b:BasisschemaXsdVersie>1.0.0</b:BasisschemaXsdVersie>' +
  '<b:BerichtXsdVersie>1.0.0</b:BerichtXsdVersie></m:XsdVersie></m:Header>\n<m:Declaratie><m:DeclaratieNummer>DNGROOT</m:DeclaratieNummer>' +
  '<m:DeclaratiePeriode><b:Begindatum>2023-04-01</b:Begindatum><b:Einddatum>2023-04-30</b:Einddatum></m:DeclaratiePeriode>' +
  '<m:DeclaratieDagtekening>2023-05-06</m:DeclaratieDagtekening><m:TotaalIngediendBedrag><b:TotaalBedrag>0</b:TotaalBedrag>' +
  '<b:DebetCredit>D</b:DebetCredit></m:TotaalIngediendBedrag><m:Clienten>\n';
const TAIL = '</m:Clienten></m:Declaratie></m:Bericht>\n';

/** Line `n`: 1–20 hours at 12.50, every 50th a credit. */
export function prestatie(n: number): string {
  const volume = 1 + (n % 20);
  return (
    `<m:Prestatie><m:ProductReferentie><b:ReferentieNummer>R${n}</b:ReferentieNummer></m:ProductReferentie>` +
    `<m:ToewijzingNummer>${100_000 + n}</m:ToewijzingNummer><m:ProductCategorie>01</m:ProductCategorie><m:ProductCode>01A03</m:ProductCode>` +
    '<m:ProductPeriode><b:Begindatum>2023-04-01</b:Begindatum><b:Einddatum>2023-04-30</b:Einddatum></m:ProductPeriode>' +
    `<m:GeleverdVolume>${volume}</m:GeleverdVolume><m:Eenheid>04</m:Eenheid><m:ProductTarief>1250</m:ProductTarief>` +
    `<m:IngediendBedrag><b:Bedrag>${volume * 1250}</b:Bedrag><b:DebetCredit>${n % 50 === 49 ? 'C' : 'D'}</b:DebetCredit></m:IngediendBedrag></m:Prestatie>\n`
  );
}

/**
 * A WMO323 (municipality 0384, provider 65656055) with `count` Prestaties, five per client, as
 * UTF-8 chunks of about `chunkBytes`: produced as it is read, never one string.
 */
export async function* largeDeclaration(count: number, chunkBytes = 64 * 1024): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  let text = HEAD;
  for (let n = 0; n < count; n++) {
    if (n % 5 === 0) text += `<m:Client><m:Bsn>${testBsn(n / 5)}</m:Bsn><m:Prestaties>\n`;
    text += prestatie(n);
    if (n % 5 === 4 || n === count - 1) text += '</m:Prestaties></m:Client>\n';
    if (text.length >= chunkBytes) {
      yield encoder.encode(text);
      text = '';
    }
  }
  yield encoder.encode(text + TAIL);
}
