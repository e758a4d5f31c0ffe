import { SaxesParser, type SaxesTagNS } from 'saxes';
import { MAX_ERRORS_PER_FILE, type ImportRecord, type ParsedItem } from '../domain/records.js';
import type { ElementSpec } from './element-tree.js';
import { messageKindOf, namespaceProblem, type MessageKind } from './kinds.js';
import { messageRoot } from './messages.js';
import { Fields, type Reading } from './reading.js';
import { quote } from './values.js';

type Spec = ElementSpec<Reading>;

/** Deeper than any iStandaard message: a file nested further is no message (and would grow saxes' stack). */
const MAX_DEPTH = 64;
/** Characters of one text, comment or value; more is no iStandaard message (and would fill memory). */
const MAX_TEXT_CHARS = 1 << 20;

/**
 * Walks a message with saxes (namespace-aware) along its element tree: a stack of the elements
 * in the tree, a counter for the depth of an element read past, and the text of the one value
 * being read. Collected items wait in `items` until the caller takes them after each chunk.
 */
export class IstandaardReader implements Reading {
  items: ParsedItem[] = [];
  /** No more input is wanted: the root was wrong, the XML is malformed or the errors are full. */
  stopped = false;
  readonly fields = new Fields();
  kind!: MessageKind;

  private readonly parser = new SaxesParser({ xmlns: true });
  private errorCount = 0;
  private specs: Spec[] = [];
  private seen: number[] = [];
  private repeats: number[] = [];
  private indexes: number[] = [];
  private depth = 0;
  private skipDepth = 0;
  private capturing = false;
  private text = '';

  constructor(readonly municipalityCode: string) {
    const parser = this.parser;
    // Few handlers, each set once (`text` is then only switched on and off): saxes stores a
    // handler under a computed key, and a few more of those turn the parser into a slow
    // dictionary object (3x slower). A DOCTYPE needs none: saxes never expands its entities.
    parser.on('opentag', (tag) => this.openTag(tag));
    parser.on('closetag', () => this.closeTag());
    parser.on('error', (error) => this.malformed(error.message));
    parser.on('cdata', (cdata) => {
      if (this.capturing) this.text += cdata;
    });
    // saxes gathers text only while it has a handler: nothing of what is read past is held.
    parser.on('text', this.onText);
    parser.off('text');
  }

  private readonly onText = (text: string): void => {
    this.text += text;
  };

  write(chunk: string): void {
    if (this.stopped) return;
    try {
      this.parser.write(chunk);
    } catch (error) {
      // saxes reports through `error`; what it throws is a string too long for memory.
      if (!(error instanceof RangeError)) throw error;
      this.stopWith(undefined, 'Het bestand kan niet gelezen worden: een element of waarde is te groot.');
    }
    // What saxes holds between chunks (a text, comment or CDATA not yet ended) is in its `text`.
    const pending = (this.parser as unknown as { text?: unknown }).text;
    if (this.text.length > MAX_TEXT_CHARS || (typeof pending === 'string' && pending.length > MAX_TEXT_CHARS)) {
      this.stopWith(this.path(), 'Het bestand bevat een tekst of waarde van meer dan een miljoen tekens: dat is geen iStandaard-bericht.');
    }
  }

  close(): void {
    if (this.stopped) return;
    this.parser.close();
  }

  fail(message: string, child?: string): void {
    if (this.stopped) return;
    const path = this.path();
    this.items.push({ error: { path: child === undefined ? path : `${path}/${child}`, message } });
    if (++this.errorCount >= MAX_ERRORS_PER_FILE) this.stopped = true;
  }

  emit(record: ImportRecord): void {
    this.items.push({ record });
  }

  /** The path of the open elements of the tree, e.g. `Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]`. */
  private path(): string {
    let path = '';
    for (let i = 0; i < this.depth; i++) {
      const spec = this.specs[i]!;
      path += i === 0 ? spec.name : `/${spec.name}`;
      if (spec.repeated) path += `[${this.indexes[i]}]`;
    }
    return path;
  }

  private stopWith(path: string | undefined, message: string): void {
    if (this.stopped) return;
    this.items.push({ error: path === undefined ? { message } : { path, message } });
    this.errorCount++;
    this.stopped = true;
  }

  private malformed(saxesMessage: string): void {
    const reason = saxesMessage.replace(/^\d+:\d+: /, '');
    this.stopWith(undefined, `Geen geldige XML op regel ${this.parser.line}, kolom ${this.parser.column}: ${dutchReason(reason)}`);
  }

  private openTag(tag: SaxesTagNS): void {
    if (this.stopped) return;
    if (this.skipDepth > 0) {
      if (++this.skipDepth + this.depth > MAX_DEPTH) this.stopWith(this.path(), 'Het bericht is te diep genest.');
      return;
    }
    if (this.depth === 0) return this.openRoot(tag);
    const d = this.depth - 1;
    const parent = this.specs[d]!;
    if (this.capturing) {
      this.fail(`${parent.name} bevat een element ${quote(tag.local)}, maar hoort alleen een waarde te bevatten.`);
      this.skipDepth = 1;
      return;
    }
    const spec = parent.children?.get(tag.local);
    if (spec === undefined) {
      this.skipDepth = 1; // not read: names, contact data, comments, relations, …
      return;
    }
    const namespace = spec.basis ? this.kind.basisNamespace : this.kind.messageNamespace;
    if (tag.uri !== namespace) {
      this.fail(`${spec.name} staat in de verkeerde namespace (${quote(tag.uri)}): verwacht ${namespace}.`, spec.name);
      this.skipDepth = 1;
      return;
    }
    if ((this.seen[d]! & spec.bit) !== 0 && !spec.repeated) {
      this.fail(`${spec.name} komt meer dan één keer voor.`, spec.name);
      this.skipDepth = 1;
      return;
    }
    this.seen[d]! |= spec.bit;
    this.push(spec, spec.repeated ? ++this.repeats[d]! : 0);
  }

  private openRoot(tag: SaxesTagNS): void {
    const encoding = this.parser.xmlDecl.encoding;
    if (encoding !== undefined && !/^utf-?8$/i.test(encoding)) {
      return this.stopWith(undefined, `Tekenset ${quote(encoding)} wordt niet ingelezen: een iStandaard-bericht is UTF-8.`);
    }
    if (tag.local !== 'Bericht') {
      return this.stopWith(tag.local, `Het bericht begint met ${quote(tag.local)}; een iStandaard-bericht begint met Bericht.`);
    }
    const kind = messageKindOf(tag.uri);
    if (kind === undefined) return this.stopWith('Bericht', namespaceProblem(tag.uri));
    this.kind = kind;
    this.items.push({ kind: kind.kind });
    this.push(messageRoot(kind), 0);
  }

  private push(spec: Spec, index: number): void {
    const d = this.depth++;
    this.specs[d] = spec;
    this.seen[d] = 0;
    this.repeats[d] = 0;
    this.indexes[d] = index;
    spec.open?.(this);
    if (spec.value !== undefined) {
      this.capturing = true;
      this.text = '';
      this.parser.on('text', this.onText);

    }
  }

  private closeTag(): void {
    if (this.stopped) return;
    if (this.skipDepth > 0) {
      this.skipDepth--;
      return;
    }
    const d = this.depth - 1;
    const spec = this.specs[d]!;
    if (this.capturing) {
      this.capturing = false;
      this.parser.off('text');

      const text = this.text.trim();
      this.text = '';
      spec.value!(this, text);
    }
    const seen = this.seen[d]!;
    if ((seen & spec.requiredMask) !== spec.requiredMask) {
      for (const child of spec.childList) {
        if (child.required && (seen & child.bit) === 0) this.fail(`Verplicht element ${child.name} ontbreekt.`, child.name);
      }
    }
    spec.close?.(this);
    this.depth = d;
  }
}

const REASONS: [RegExp, string][] = [
  [/^unclosed tag: (.*)$/, 'element $1 wordt niet afgesloten.'],
  [/^unmatched closing tag: (.*)\.$/, 'afsluitend element $1 past niet bij het geopende element.'],
  [/^unexpected close tag\.$/, 'onverwacht afsluitend element.'],
  [/^unexpected end\.$/, 'het bestand houdt onverwacht op.'],
  [/^document must contain a root element\.$/, 'het bestand bevat geen XML-element.'],
  [/^text data outside of root node\.$/, 'tekst buiten het hoofdelement.'],
  [/^documents may contain only one root\.$/, 'het bestand bevat meer dan één hoofdelement.'],
  [/^disallowed character.*$/, 'een teken dat hier niet mag.'],
  [/^unbound namespace prefix: (.*)\.$/, 'namespace-prefix $1 is niet gedeclareerd.'],
  [/^undefined entity\.$/, 'onbekende entiteit.'],
];

/** saxes' reason in Dutch; an unusual one as saxes says it. */
function dutchReason(reason: string): string {
  for (const [pattern, dutch] of REASONS) if (pattern.test(reason)) return reason.replace(pattern, dutch);
  return `${reason.replace(/\.$/, '')} (XML-fout).`;
}
