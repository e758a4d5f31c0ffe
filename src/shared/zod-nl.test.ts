import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { installDutchZodMessages } from './zod-nl.js';

installDutchZodMessages();

const messages = (schema: z.ZodType, input: unknown) =>
  schema.safeParse(input).error?.issues.map((issue) => [issue.path.join('.'), issue.message]);

describe('Dutch validation messages', () => {
  const schema = z.strictObject({
    name: z.string().min(1),
    score: z.number().int().min(1).max(10),
    kind: z.enum(['a', 'b']),
    email: z.email(),
  });

  it('says in Dutch what is wrong with each field', () => {
    expect(messages(schema, { name: '', score: 11, kind: 'c', email: 'nee', extra: 1 })).toEqual([
      ['name', 'Vul dit veld in.'],
      ['score', 'Moet 10 of minder zijn.'],
      ['kind', 'Kies een van: a, b.'],
      ['email', 'Dit is geen geldig e-mailadres.'],
      ['', 'Onbekend veld.'],
    ]);
  });

  it('names missing fields and wrong types', () => {
    expect(messages(schema, { score: 'x', kind: 'a', email: 'a@b.nl' })).toEqual([
      ['name', 'Dit veld is verplicht.'],
      ['score', 'Moet een getal zijn.'],
    ]);
    expect(messages(z.number().int(), 1.5)).toEqual([['', 'Moet een geheel getal zijn.']]);
  });
});
