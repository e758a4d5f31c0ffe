import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { findNulCharacters, findUnstorableCharacters } from './text-safety.js';

describe('findNulCharacters', () => {
  it('finds NUL characters with their path in nested values and keys', () => {
    expect(findNulCharacters({ a: 'ok', b: ['x', 'y\u0000'], c: { 'd\u0000': 1 } })).toEqual([
      { path: 'b.1', message: 'Bevat een ongeldig teken (NUL).' },
      { path: 'c.d\u0000', message: 'Bevat een ongeldig teken (NUL).' },
    ]);
  });

  it('passes everything else, including other control and bidi characters', () => {
    expect(findNulCharacters({ a: '\u202e\t\n', b: 1, c: null, d: [true] })).toEqual([]);
  });
});

describe('findNulCharacters on deep input', () => {
  it('walks a value nested far deeper than the call stack would allow', () => {
    let value: unknown = 'bodem\u0000';
    for (let i = 0; i < 100_000; i++) value = i % 2 ? [value] : { x: value };
    const errors = findNulCharacters(value);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.path.split('.')).toHaveLength(100_000);
  });

  it('puts a given path in front', () => {
    expect(findNulCharacters({ a: ['\u0000'] }, ['body'])).toEqual([{ path: 'body.a.0', message: 'Bevat een ongeldig teken (NUL).' }]);
  });
});

describe('findUnstorableCharacters', () => {
  it('finds half a surrogate pair, which a jsonb document cannot hold, and passes whole pairs', () => {
    expect(findUnstorableCharacters({ a: 'ab\ud83dcd', b: 'x\udc69', c: '👩‍👧 ok', ['d\ud800']: 1 })).toEqual([
      { path: 'a', message: 'Bevat een ongeldig teken (een losse helft van een Unicode-teken).' },
      { path: 'b', message: 'Bevat een ongeldig teken (een losse helft van een Unicode-teken).' },
      { path: 'd\ud800', message: 'Bevat een ongeldig teken (een losse helft van een Unicode-teken).' },
    ]);
  });
});

describe('findUnstorableCharacters on a raw body', () => {
  it('does not walk into a stream (an upload), whose object graph has cycles', () => {
    const stream = Readable.from(['\u0000']) as Readable & { self?: unknown };
    stream.self = stream;
    expect(findUnstorableCharacters(stream)).toEqual([]);
    expect(findUnstorableCharacters({ file: stream, name: 'x\u0000' })).toEqual([{ path: 'name', message: 'Bevat een ongeldig teken (NUL).' }]);
  });

  it('still walks objects without a prototype (parsed query strings)', () => {
    const query = Object.assign(Object.create(null) as Record<string, string>, { q: 'a\u0000' });
    expect(findUnstorableCharacters(query)).toEqual([{ path: 'q', message: 'Bevat een ongeldig teken (NUL).' }]);
  });
});
