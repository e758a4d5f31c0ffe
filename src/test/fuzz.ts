/**
 * Request bodies for the robustness fuzz (server/robustness.api.test.ts), made from the JSON
 * schemas in the OpenAPI document: one body that passes validation (so the handler runs), and
 * variants of it that break one field at a time or stay valid at the edges of what the schema
 * allows (longest strings, extreme numbers, odd dates) — the values a handler must still survive.
 */
export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number | boolean;
  exclusiveMaximum?: number | boolean;
  minItems?: number;
  maxItems?: number;
};

export interface Variant {
  label: string;
  body: unknown;
}

/** Real ids by property name, e.g. `planId` → an existing plan's id (see the fuzz test). */
export type IdLookup = (property: string) => string | undefined;

const PATTERN_CANDIDATES = ['fuzz', 'FUZZ-1', '2026-06-15', '10:30', 'BWBR0035362', 'a', '1'];

function types(schema: JsonSchema): string[] {
  if (schema.type) return [schema.type].flat();
  if (schema.properties) return ['object'];
  if (schema.items) return ['array'];
  return [];
}

function matches(schema: JsonSchema, value: string): boolean {
  if (schema.minLength !== undefined && value.length < schema.minLength) return false;
  if (schema.maxLength !== undefined && value.length > schema.maxLength) return false;
  return !schema.pattern || new RegExp(schema.pattern, 'u').test(value);
}

function sampleString(schema: JsonSchema, property: string, ids: IdLookup): string {
  const id = ids(property);
  if (id !== undefined && matches(schema, id)) return id;
  if (schema.format === 'email') return 'fuzz@demodam.example';
  if (schema.format === 'date') return '2026-06-15';
  if (schema.format === 'date-time') return '2026-06-15T10:30:00.000Z';
  if (schema.format === 'uri') return 'https://lokaleregelgeving.overheid.nl/CVDR123456';
  if (schema.format === 'uuid') return crypto.randomUUID();
  const candidate = [...PATTERN_CANDIDATES, 'x'.repeat(Math.max(1, schema.minLength ?? 1))].find((value) => matches(schema, value));
  return candidate ?? 'fuzz';
}

function sampleNumber(schema: JsonSchema, integer: boolean): number {
  const low = schema.minimum ?? (typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum + 1 : undefined);
  const high = schema.maximum ?? (typeof schema.exclusiveMaximum === 'number' ? schema.exclusiveMaximum - 1 : undefined);
  let value = 1;
  if (low !== undefined && value < low) value = low;
  if (high !== undefined && value > high) value = high;
  return integer ? Math.ceil(value) : value;
}

/** A value this schema accepts, with real ids where a property names one. */
export function sample(schema: JsonSchema, ids: IdLookup, property = '', depth = 0): unknown {
  if ('const' in schema) return schema.const;
  if (schema.enum) return schema.enum[0];
  if (schema.default !== undefined && depth > 0) return schema.default;
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return sample(options.find((option) => !types(option).includes('null')) ?? options[0]!, ids, property, depth);
  if (schema.allOf) return Object.assign({}, ...schema.allOf.map((part) => sample(part, ids, property, depth)));
  const type = types(schema).find((t) => t !== 'null') ?? types(schema)[0];
  switch (type) {
    case 'object': {
      const object: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(schema.properties ?? {})) object[key] = sample(value, ids, key, depth + 1);
      return object;
    }
    case 'array': {
      const count = Math.min(Math.max(schema.minItems ?? 1, 1), schema.maxItems ?? 1);
      return Array.from({ length: count }, () => sample(schema.items ?? {}, ids, property.replace(/s$/, ''), depth + 1));
    }
    case 'string':
      return sampleString(schema, property, ids);
    case 'integer':
      return sampleNumber(schema, true);
    case 'number':
      return sampleNumber(schema, false);
    case 'boolean':
      return true;
    case 'null':
      return null;
    default:
      return 'fuzz';
  }
}

/** Values the schema allows but a handler (or a database column) may not expect. */
function edges(schema: JsonSchema): unknown[] {
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return options.flatMap(edges);
  const kinds = types(schema);
  const out: unknown[] = [];
  if (kinds.includes('null')) out.push(null);
  if (kinds.includes('string') && !schema.enum) {
    const long = schema.maxLength ?? 100_000;
    if (schema.format === 'date' || schema.pattern?.includes('\\d{4}-')) out.push('0001-01-01', '9999-12-31', '2024-02-29', '2026-02-30');
    else if (!schema.pattern && !schema.format) {
      // The longest text allowed, as words (one unbroken run of letters that long makes the
      // privacy guard's e-mail pattern quadratic: see docs/performance.md, "Test suite").
      out.push('', ' ', 'woord '.repeat(Math.ceil(Math.min(long, 200_000) / 6)).slice(0, Math.min(long, 200_000)), 'x'.repeat(Math.min(long, 2_000)));
      out.push('👩‍👧'.repeat(Math.min(Math.floor(long / 5), 5_000)), '\u202e\u0301ä\ud83d', "'; DROP TABLE plans; --", '%s%n{{7*7}}');
    }
  }
  if (kinds.includes('integer') || kinds.includes('number')) {
    const values = [0, -1, schema.minimum, schema.maximum, 2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER];
    if (kinds.includes('number')) values.push(1e308, -1e308, 0.1 + 0.2, 5e-324);
    out.push(...values.filter((value) => value !== undefined));
  }
  if (kinds.includes('array')) {
    out.push([]);
    if (schema.items) out.push(Array.from({ length: Math.min(schema.maxItems ?? 200, 200) }, () => sample(schema.items!, () => undefined)));
  }
  return out;
}

const WRONG_TYPES: unknown[] = [null, 12345, 'tekst', true, [], {}, [1, 2], { a: { b: [{ c: null }] } }, 'a\u0000b'];

/** Nested arrays and objects, deeper than any real body. */
function deepJunk(depth: number): unknown {
  let value: unknown = 'bodem';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { x: value };
  return value;
}

function clone<T>(value: T): T {
  return structuredClone(value);
}

function setAt(target: unknown, path: (string | number)[], value: unknown | typeof REMOVE): unknown {
  const root = clone(target);
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (value === REMOVE) delete node[last];
  else node[last] = value;
  return root;
}
const REMOVE = Symbol('remove');

/** Every field of the body to `depth` levels, with its schema and where it sits. */
function fields(schema: JsonSchema, value: unknown, path: (string | number)[], depth: number): { path: (string | number)[]; schema: JsonSchema; required: boolean }[] {
  if (depth === 0 || value === null || typeof value !== 'object') return [];
  const options = schema.anyOf ?? schema.oneOf;
  const actual = options ? (options.find((option) => !types(option).includes('null')) ?? schema) : schema;
  if (Array.isArray(value)) {
    if (value.length === 0 || !actual.items) return [];
    return [{ path: [...path, 0], schema: actual.items, required: true }, ...fields(actual.items, value[0], [...path, 0], depth - 1)];
  }
  return Object.entries(actual.properties ?? {}).flatMap(([key, child]) => [
    { path: [...path, key], schema: child, required: actual.required?.includes(key) ?? false },
    ...fields(child, (value as Record<string, unknown>)[key], [...path, key], depth - 1),
  ]);
}

/**
 * The bodies to send: the valid one, junk instead of the whole body, and per field (two levels
 * deep) a wrong type, a missing value, and the schema's own edge values.
 */
export function variants(schema: JsonSchema | undefined, ids: IdLookup): Variant[] {
  const out: Variant[] = [
    { label: 'geen body', body: undefined },
    ...WRONG_TYPES.map((body) => ({ label: `body ${JSON.stringify(body)}`, body })),
    { label: 'diep geneste rommel', body: deepJunk(2_000) },
    { label: 'heel lange string', body: 'x'.repeat(500_000) },
    { label: 'prototype', body: JSON.parse('{"__proto__":{"admin":true},"constructor":{"prototype":{"admin":true}}}') as unknown },
  ];
  if (!schema) return out;
  const base = sample(schema, ids);
  out.push({ label: 'geldig', body: base }, { label: 'onbekend veld', body: { ...(base as object), onbekendVeld: 1 } });
  for (const field of fields(schema, base, [], 2)) {
    const name = field.path.join('.');
    out.push({ label: `${name} ontbreekt`, body: setAt(base, field.path, REMOVE) });
    for (const wrong of [12345, 'tekst', [], { x: 'y' }, 'a\u0000b']) out.push({ label: `${name} = ${JSON.stringify(wrong)}`, body: setAt(base, field.path, wrong) });
    for (const edge of edges(field.schema)) out.push({ label: `${name} = rand ${JSON.stringify(edge)?.slice(0, 40)}`, body: setAt(base, field.path, edge) });
  }
  return out;
}

/** Path parameter values that are not ids: each must give a 4xx, never a 500. */
export const JUNK_PATH_VALUES = ['niet-een-id', '0', '-1', '99999999999999999999', '1e309', 'x'.repeat(300), '%E2%80%AE%C3%A4', '00000000-0000-0000-0000-000000000000', '..%2F..%2Fetc'];

/** Query values: each alone in one parameter. */
export const JUNK_QUERY_VALUES = ['', ' ', 'x'.repeat(5_000), '-1', '0', '1e309', '99999999999999999999', '2026-02-30', '9999-12-31', 'ä€', '[]', 'true'];
