import fs from 'node:fs';
import { zipSync, strToU8 } from 'fflate';
import type { Session, TestApp } from '../../test/app.js';
import type { ImportJob } from '../imports.contract.js';

/**
 * The iWmo/iJw 3.2 example messages of reference/istandaarden (a copy of ../shared/reference/istandaarden), addressed to a test
 * municipality. BSN test fixture: the examples carry the standard's test BSNs (9999…), which pass
 * the 11-proef; they are test data, never real people.
 */
export const EXAMPLES = new URL('../../../reference/istandaarden/', import.meta.url);

export type ExampleName = 'WMO301' | 'WMO305' | 'WMO307' | 'WMO323' | 'JW301' | 'JW305' | 'JW307' | 'JW323';

export function example(name: ExampleName, municipalityCode = '0999'): string {
  const folder = name.startsWith('WMO') ? 'iwmo' : 'ijw';
  const xml = fs.readFileSync(new URL(`${folder}/examples/${name}.xml`, EXAMPLES), 'utf8');
  // 301: the municipality sends (Afzender); 305/307/323: the municipality receives (Ontvanger).
  const role = name.endsWith('301') ? 'Afzender' : 'Ontvanger';
  return xml.replace(new RegExp(`(<\\w+:${role}>)\\d{4}(</\\w+:${role}>)`), `$1${municipalityCode}$2`);
}

/** The test BSNs, names, addresses and contact data in the examples: none may be stored. */
export const EXAMPLE_PERSONAL_DATA = [
  '999900006', '999900018', 'Meindert', 'Dijkhof', 'Straatweg', 'Van Woustraat', 'Mauritsstraat', 'Kerklaan',
  'Revalidatiecentrum Ons Genoegen', '0101234567', '0201234567', '0301234567', '0707654321', '0204563219',
  'a@b.com', 'C@f.com', '1@er.com', 'abc@def.com', 'def@abc.com', 'abcd@efg.com', '9999XX', '1967-08-13', '2010-02-14',
  'Client commentaar', 'Commentaar client', 'Toegewezen product 1 Commentaar', 'Klaas', 'Peter R',
];

export function zip(files: Record<string, string>): Buffer {
  return Buffer.from(zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)]))));
}

const TYPES = { xml: 'application/xml', zip: 'application/zip', csv: 'text/csv' } as const;

/** Uploads a file and waits until its import job is done. */
export async function importAndWait(t: TestApp, session: Session, body: string | Buffer, type: keyof typeof TYPES, query = ''): Promise<ImportJob> {
  const response = await t.as(session, 'POST', `/api/v1/imports${query}`, body, { 'content-type': TYPES[type] });
  if (response.statusCode !== 202) throw new Error(`import: ${response.statusCode} ${response.body}`);
  const { id } = response.json() as { id: string };
  return waitForImport(t, session, id);
}

export async function waitForImport(t: TestApp, session: Session, id: string): Promise<ImportJob> {
  for (let i = 0; i < 600; i += 1) {
    const job = (await t.as(session, 'GET', `/api/v1/imports/${id}`)).json() as ImportJob;
    if (job.status === 'done') return job;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`import ${id} did not finish`);
}
