import type { IstandaardPillar } from './domain/catalog.js';
import { isoOf, type Day } from './domain/days.js';
import type { DeclarationLine, DeclarationMessage } from './domain/declarations.js';
import type { Address, Assignment, Client, PersonName } from './domain/model.js';

/**
 * iWmo and iJw 3.2 messages as text, element for element in the order of the XSDs in
 * reference/istandaarden (and laid out like its examples: tabs, one element a line).
 * Both standards have the same structure under their own namespaces and BerichtCodes.
 */
export type MessageType = '301' | '305' | '307' | '323';

const STANDARDS = {
  wmo: { base: 'iwmo', prefix: 'wmo', root: 'http://www.istandaarden.nl/iwmo/3_2', codes: { '301': '414', '305': '418', '307': '420', '323': '484' } },
  jeugd: { base: 'ijw', prefix: 'jw', root: 'http://www.istandaarden.nl/ijw/3_2', codes: { '301': '436', '305': '438', '307': '440', '323': '490' } },
} as const;

export const messageKind = (pillar: IstandaardPillar, type: MessageType) => `${STANDARDS[pillar].prefix}${type}` as const;

const INDENT = Array.from({ length: 16 }, (_, i) => '\t'.repeat(i));
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeXml = (text: string) => (/[&<>"]/.test(text) ? text.replace(/[&<>"]/g, (c) => ESCAPES[c]!) : text);

const qualifiers = new Map<string, (name: string) => string>();

/** `prefix:Name`, made once per name: a message has hundreds of elements, a dataset millions. */
function qualifier(prefix: string): (name: string) => string {
  let q = qualifiers.get(prefix);
  if (!q) {
    const names = new Map<string, string>();
    q = (name) => {
      let qualified = names.get(name);
      if (qualified === undefined) names.set(name, (qualified = `${prefix}:${name}`));
      return qualified;
    };
    qualifiers.set(prefix, q);
  }
  return q;
}

/** Builds one message; `m` names an element of the message's namespace, `b` one of the basisschema. */
class Writer {
  private text: string;
  private depth = 1;
  readonly m: (name: string) => string;
  readonly b: (name: string) => string;

  constructor(pillar: IstandaardPillar, type: MessageType) {
    const std = STANDARDS[pillar];
    const msg = `${std.prefix}${type}`;
    this.m = qualifier(msg);
    this.b = qualifier(std.base);
    this.text = `<?xml version="1.0" encoding="UTF-8"?>\n<${msg}:Bericht xmlns:${std.base}="${std.root}/basisschema/schema" xmlns:${msg}="${std.root}/${msg}/schema">\n`;
  }

  open(name: string): this {
    this.text += `${INDENT[this.depth++]}<${name}>\n`;
    return this;
  }

  close(name: string): this {
    this.text += `${INDENT[--this.depth]}</${name}>\n`;
    return this;
  }

  leaf(name: string, value: string | number | undefined): this {
    if (value !== undefined && value !== '') this.text += `${INDENT[this.depth]}<${name}>${typeof value === 'number' ? value : escapeXml(value)}</${name}>\n`;
    return this;
  }

  /** The text so far, leaving the writer empty (for a message written in pieces). */
  take(): string {
    const text = this.text;
    this.text = '';
    return text;
  }

  end(rootName: string): string {
    this.text += `</${rootName}>\n`;
    return this.take();
  }
}

export interface Envelope {
  pillar: IstandaardPillar;
  from: string;
  to: string;
  /** BerichtIdentificatie: at most 12 characters. */
  id: string;
  sentOn: Day;
}

function header(w: Writer, type: MessageType, envelope: Envelope): void {
  const { m, b } = w;
  w.open(m('Header'))
    .leaf(m('BerichtCode'), STANDARDS[envelope.pillar].codes[type])
    .leaf(m('BerichtVersie'), 3)
    .leaf(m('BerichtSubversie'), 2)
    .leaf(m('Afzender'), envelope.from)
    .leaf(m('Ontvanger'), envelope.to)
    .open(m('BerichtIdentificatie')).leaf(b('Identificatie'), envelope.id).leaf(b('Dagtekening'), isoOf(envelope.sentOn)).close(m('BerichtIdentificatie'))
    .open(m('XsdVersie')).leaf(b('BasisschemaXsdVersie'), '1.0.0').leaf(b('BerichtXsdVersie'), '1.0.0').close(m('XsdVersie'))
    .close(m('Header'));
}

function fullName(w: Writer, name: PersonName): void {
  const { m, b } = w;
  w.open(m('Naam')).open(b('Geslachtsnaam')).leaf(b('Achternaam'), name.surname).leaf(b('Voorvoegsel'), name.prefix).close(b('Geslachtsnaam'));
  if (name.partner) w.open(b('Partnernaam')).leaf(b('Achternaam'), name.partner.surname).leaf(b('Voorvoegsel'), name.partner.prefix).close(b('Partnernaam'));
  w.leaf(b('Voornamen'), name.firstNames).leaf(b('Voorletters'), name.initials).leaf(b('NaamGebruik'), name.partner ? 4 : 1).close(m('Naam'));
}

function shortName(w: Writer, name: PersonName): void {
  const { m, b } = w;
  w.open(m('Naam')).open(b('Geslachtsnaam')).leaf(b('Achternaam'), name.surname).leaf(b('Voorvoegsel'), name.prefix).close(b('Geslachtsnaam'))
    .leaf(b('Voornamen'), name.firstNames).leaf(b('Voorletters'), name.initials).close(m('Naam'));
}

function phoneNumber(w: Writer, phone: string | undefined): void {
  if (!phone) return;
  const { m, b } = w;
  w.open(m('Telefoon')).open(b('Telefoon01')).leaf(b('Telefoonnummer'), phone).leaf(b('Landnummer'), '0031').close(b('Telefoon01')).close(m('Telefoon'));
}

function person(w: Writer, client: Client, full: boolean): void {
  const { m, b } = w;
  w.leaf(m('Bsn'), client.bsn).open(m('Geboortedatum')).leaf(b('Datum'), isoOf(client.birthDate)).close(m('Geboortedatum')).leaf(m('Geslacht'), client.gender);
  if (full) fullName(w, client.name);
  else shortName(w, client.name);
}

/** 301: all of one client's assignments at one provider (the standard's unit). */
export function message301(envelope: Envelope, client: Client, address: Address, assignments: readonly Assignment[]): string {
  const w = new Writer(envelope.pillar, '301');
  const { m, b } = w;
  header(w, '301', envelope);
  w.open(m('Client'));
  person(w, client, true);
  w.leaf(m('Commentaar'), client.comment);
  if (client.relation) {
    const r = client.relation;
    w.open(m('Relaties')).open(m('Relatie')).leaf(m('Nummer'), 1).leaf(m('Volgorde'), 1).leaf(m('Soort'), r.kind)
      .open(m('Geboortedatum')).leaf(b('Datum'), isoOf(r.birthDate)).close(m('Geboortedatum')).leaf(m('Geslacht'), r.gender);
    fullName(w, r.name);
    w.open(m('Contact')).leaf(m('Soort'), '02');
    phoneNumber(w, r.phone);
    w.leaf(m('Emailadres'), r.email).close(m('Contact')).close(m('Relatie')).close(m('Relaties'));
  }
  w.open(m('Contactgegevens')).open(m('Contact')).leaf(m('Soort'), '01')
    .open(m('Adres')).open(b('Huis')).leaf(b('Huisnummer'), address.houseNumber).leaf(b('Huisletter'), address.houseLetter).leaf(b('HuisnummerToevoeging'), address.addition).close(b('Huis'))
    .leaf(b('Postcode'), address.postcode).leaf(b('Straatnaam'), address.street).leaf(b('Plaatsnaam'), address.place).leaf(b('LandCode'), 'NL').close(m('Adres'));
  phoneNumber(w, client.phone);
  w.leaf(m('Emailadres'), client.email).close(m('Contact')).close(m('Contactgegevens'));
  w.open(m('ToegewezenProducten'));
  for (const a of assignments) {
    w.open(m('ToegewezenProduct')).leaf(m('ToewijzingNummer'), a.serviceId)
      .open(m('Product')).leaf(b('Categorie'), a.product.category).leaf(b('Code'), a.product.code).close(m('Product'))
      .leaf(m('Toewijzingsdatum'), isoOf(a.assignedOn)).leaf(m('Toewijzingstijd'), a.assignedAt).leaf(m('Ingangsdatum'), isoOf(a.start))
      .leaf(m('Einddatum'), a.end === null ? undefined : isoOf(a.end));
    if (a.budgetCents !== undefined) w.leaf(m('Budget'), a.budgetCents);
    else w.open(m('Omvang')).leaf(b('Volume'), a.volume).leaf(b('Eenheid'), a.product.unit).leaf(b('Frequentie'), a.product.frequency).close(m('Omvang'));
    w.leaf(m('Commentaar'), a.comment).close(m('ToegewezenProduct'));
  }
  w.close(m('ToegewezenProducten')).close(m('Client'));
  return w.end(m('Bericht'));
}

/** 305: the starts of one client's care at one provider that it reported by today. */
export function message305(envelope: Envelope, client: Client, assignments: readonly Assignment[]): string {
  const w = new Writer(envelope.pillar, '305');
  const { m, b } = w;
  header(w, '305', envelope);
  w.open(m('Client'));
  person(w, client, false);
  w.open(m('StartProducten'));
  for (const a of assignments) {
    w.open(m('StartProduct')).leaf(m('ToewijzingNummer'), a.serviceId)
      .open(m('Product')).leaf(b('Categorie'), a.product.category).leaf(b('Code'), a.product.code).close(m('Product'))
      .leaf(m('ToewijzingIngangsdatum'), isoOf(a.start)).leaf(m('Begindatum'), isoOf(a.started!.begin)).leaf(m('StatusAanlevering'), 1)
      .close(m('StartProduct'));
  }
  w.close(m('StartProducten')).close(m('Client'));
  return w.end(m('Bericht'));
}

/** 307: the ends of one client's care at one provider that it reported by today. */
export function message307(envelope: Envelope, client: Client, assignments: readonly Assignment[]): string {
  const w = new Writer(envelope.pillar, '307');
  const { m, b } = w;
  header(w, '307', envelope);
  w.open(m('Client'));
  person(w, client, false);
  w.open(m('StopProducten'));
  for (const a of assignments) {
    w.open(m('StopProduct')).leaf(m('ToewijzingNummer'), a.serviceId)
      .open(m('Product')).leaf(b('Categorie'), a.product.category).leaf(b('Code'), a.product.code).close(m('Product'))
      .leaf(m('ToewijzingIngangsdatum'), isoOf(a.start)).leaf(m('Begindatum'), isoOf(a.started!.begin))
      .leaf(m('RedenBeeindiging'), a.stopped!.reason).leaf(m('Einddatum'), isoOf(a.stopped!.end)).leaf(m('StatusAanlevering'), 1)
      .close(m('StopProduct'));
  }
  w.close(m('StopProducten')).close(m('Client'));
  return w.end(m('Bericht'));
}

/**
 * 323, written in pieces (a large provider's month runs to megabytes at a large scale): `emit`
 * gets the header first, then one client at a time.
 */
export function writeMessage323(envelope: Envelope, declaration: DeclarationMessage, emit: (text: string) => void): void {
  const w = new Writer(envelope.pillar, '323');
  const { m, b } = w;
  header(w, '323', envelope);
  w.open(m('Declaratie')).leaf(m('DeclaratieNummer'), declaration.number)
    .open(m('DeclaratiePeriode')).leaf(b('Begindatum'), isoOf(declaration.periodFrom)).leaf(b('Einddatum'), isoOf(declaration.periodTo)).close(m('DeclaratiePeriode'))
    .leaf(m('DeclaratieDagtekening'), isoOf(declaration.sentOn))
    .open(m('TotaalIngediendBedrag')).leaf(b('TotaalBedrag'), declaration.totalCents).leaf(b('DebetCredit'), 'D').close(m('TotaalIngediendBedrag'))
    .open(m('Clienten'));
  emit(w.take());
  const lines = declaration.lines;
  for (let i = 0; i < lines.length; ) {
    const bsn = lines[i]!.bsn;
    w.open(m('Client')).leaf(m('Bsn'), bsn).open(m('Prestaties'));
    for (; i < lines.length && lines[i]!.bsn === bsn; i++) prestatie(w, lines[i]!, declaration);
    w.close(m('Prestaties')).close(m('Client'));
    emit(w.take());
  }
  w.close(m('Clienten')).close(m('Declaratie'));
  emit(w.end(m('Bericht')));
}

function prestatie(w: Writer, line: DeclarationLine, declaration: DeclarationMessage): void {
  const { m, b } = w;
  w.open(m('Prestatie')).open(m('ProductReferentie')).leaf(b('ReferentieNummer'), `${line.serviceId}-${declaration.month}`).close(m('ProductReferentie'))
    .leaf(m('ToewijzingNummer'), line.serviceId).leaf(m('ProductCategorie'), line.product.category).leaf(m('ProductCode'), line.product.code)
    .open(m('ProductPeriode')).leaf(b('Begindatum'), isoOf(line.from)).leaf(b('Einddatum'), isoOf(line.to)).close(m('ProductPeriode'))
    .leaf(m('GeleverdVolume'), line.volume).leaf(m('Eenheid'), line.product.budget ? '83' : line.product.unit).leaf(m('ProductTarief'), line.tariffCents)
    .open(m('IngediendBedrag')).leaf(b('Bedrag'), line.amountCents).leaf(b('DebetCredit'), 'D').close(m('IngediendBedrag'))
    .close(m('Prestatie'));
}
