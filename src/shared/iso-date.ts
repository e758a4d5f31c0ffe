import { z } from 'zod';

/** A calendar date `JJJJ-MM-DD` that exists (not 30 February), for every contract. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Geef een datum als JJJJ-MM-DD.')
  .refine((value) => {
    // The check also runs when the format already failed: it must not throw then.
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'Dit is geen bestaande datum.');
