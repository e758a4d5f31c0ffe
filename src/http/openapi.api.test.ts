import { describe, expect, it } from 'vitest';
import { createTestApp } from '../test/app.js';

const testApp = await createTestApp();

type Schema = Record<string, unknown>;
type Operation = { responses?: Record<string, { content?: Record<string, { schema?: Schema }> }> };

/** Paths inside a schema that accept anything: an open object or an empty schema. */
function looseSpots(schema: unknown, path: string, out: string[]): string[] {
  if (schema === null || typeof schema !== 'object') return out;
  if (Array.isArray(schema)) {
    schema.forEach((item, index) => looseSpots(item, `${path}[${index}]`, out));
    return out;
  }
  const node = schema as Schema;
  const meaningful = Object.keys(node).filter((key) => !['description', 'title', 'examples', 'default', 'deprecated', 'readOnly'].includes(key));
  if (meaningful.length === 0) out.push(`${path} (leeg schema: alles mag)`);
  if (node.additionalProperties === true) out.push(`${path} (open object)`);
  if (node.type === 'object' && node.properties === undefined && node.additionalProperties === undefined && node.propertyNames === undefined) {
    out.push(`${path} (object zonder velden)`);
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === 'additionalProperties' && typeof value === 'boolean') continue;
    looseSpots(value, `${path}.${key}`, out);
  }
  return out;
}

describe('/api/openapi.json', () => {
  it('gives every operation a specific response schema for success and for errors', async () => {
    const document = (await testApp.as(null, 'GET', '/api/openapi.json')).json() as { paths: Record<string, Record<string, Operation>> };
    const problems: string[] = [];
    let operations = 0;
    for (const [path, methods] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        operations++;
        const where = `${method.toUpperCase()} ${path}`;
        const responses = operation.responses ?? {};
        const success = Object.keys(responses).filter((status) => /^2\d\d$/.test(status));
        if (success.length === 0) problems.push(`${where}: geen succesantwoord`);
        for (const status of ['401', '403', '404', '422']) if (!responses[status]) problems.push(`${where}: geen ${status}`);
        for (const [status, response] of Object.entries(responses)) {
          if (status === '204') continue;
          const content = response.content ?? {};
          const schemas = Object.entries(content);
          if (schemas.length === 0) {
            problems.push(`${where} ${status}: geen schema`);
            continue;
          }
          for (const [type, { schema }] of schemas) {
            // A file download is described by its media type; its body is the file.
            if (!type.includes('json')) continue;
            for (const spot of looseSpots(schema, '', [])) problems.push(`${where} ${status}${spot}`);
          }
        }
      }
    }
    expect(operations).toBeGreaterThan(70);
    expect(problems).toEqual([]);
  });
});
