import type { FileKind, Pillar } from '../domain/records.js';

/** The iStandaarden messages Doorbraak reads (CONTRACT.md "Service data"), release 3.2. */
export type MessageNumber = '301' | '305' | '307' | '323';
export type IstandaardKind = Extract<FileKind, `${'wmo' | 'jw'}${MessageNumber}`>;

export interface MessageKind {
  kind: IstandaardKind;
  standard: 'iwmo' | 'ijw';
  message: MessageNumber;
  pillar: Pillar;
  berichtCode: string;
  /** The namespace of the message's own elements (the root and what its XSD declares). */
  messageNamespace: string;
  /** The namespace of the shared types (`Datum`, `Categorie`, `Volume`, …). */
  basisNamespace: string;
}

const BERICHT_CODES: Record<IstandaardKind, string> = {
  wmo301: '414', wmo305: '418', wmo307: '420', wmo323: '484',
  jw301: '436', jw305: '438', jw307: '440', jw323: '490',
};

const NAMESPACE_BASE = 'http://www.istandaarden.nl/';

function messageKind(kind: IstandaardKind): MessageKind {
  const jeugd = kind.startsWith('jw');
  const standard = jeugd ? 'ijw' : 'iwmo';
  return {
    kind,
    standard,
    message: kind.slice(-3) as MessageNumber,
    pillar: jeugd ? 'jeugd' : 'wmo',
    berichtCode: BERICHT_CODES[kind],
    messageNamespace: `${NAMESPACE_BASE}${standard}/3_2/${kind}/schema`,
    basisNamespace: `${NAMESPACE_BASE}${standard}/3_2/basisschema/schema`,
  };
}

export const MESSAGE_KINDS: readonly MessageKind[] = (Object.keys(BERICHT_CODES) as IstandaardKind[]).map(messageKind);
const BY_NAMESPACE = new Map(MESSAGE_KINDS.map((k) => [k.messageNamespace, k]));

/** What a root element `{namespace}localName` says the file is; undefined when it is none of ours. */
export function xmlKindFromRoot(namespace: string, localName = 'Bericht'): IstandaardKind | undefined {
  return localName === 'Bericht' ? BY_NAMESPACE.get(namespace)?.kind : undefined;
}

export function messageKindOf(namespace: string): MessageKind | undefined {
  return BY_NAMESPACE.get(namespace);
}

const OUR_NAMESPACE = /^http:\/\/www\.istandaarden\.nl\/(iwmo|ijw)\/(\d+_\d+)\/(wmo|jw)(\d{3})\/schema$/;

/** The Dutch explanation of why a root namespace is not one Doorbraak reads. */
export function namespaceProblem(namespace: string): string {
  if (namespace === '') {
    return 'Het element Bericht heeft geen namespace; verwacht een iWmo- of iJw-bericht van release 3.2 (bijvoorbeeld http://www.istandaarden.nl/iwmo/3_2/wmo301/schema).';
  }
  const match = OUR_NAMESPACE.exec(namespace);
  if (match && match[2] !== '3_2') {
    return `Release ${match[2]!.replace('_', '.')} wordt niet ingelezen: alleen iWmo- en iJw-berichten van release 3.2.`;
  }
  if (match) {
    return `Bericht ${match[3]}${match[4]} wordt niet ingelezen: alleen de berichten 301, 305, 307 en 323 van iWmo en iJw.`;
  }
  return `Onbekende namespace '${namespace}': verwacht een iWmo- of iJw-bericht van release 3.2 (301, 305, 307 of 323).`;
}
