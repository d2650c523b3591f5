import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startVigil } from '../support/vigil-test-app';

/** The API contract clients are generated from: complete, and clean under Redocly's recommended rules. */
describe('the OpenAPI document', () => {
  let document: { paths: Record<string, Record<string, { responses: Record<string, unknown>; parameters?: { name: string }[] }>> };
  let text: string;

  beforeAll(async () => {
    const vigil = await startVigil();
    text = (await vigil.http().get('/api/docs-json').expect(200)).text;
    document = JSON.parse(text);
    await vigil.close();
  });

  it('passes Redocly\'s recommended rules with no error and no warning', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'vigil-openapi-')), 'openapi.json');
    writeFileSync(file, text);
    let output = '';
    try {
      output = execFileSync(process.execPath, [join(__dirname, 'lint-openapi.mjs'), file], { encoding: 'utf8' });
    } catch (error) {
      output = (error as { stdout: string }).stdout;
    }
    expect(output.trim().split('\n').pop()).toBe('0 errors, 0 warnings');
  });

  it('documents the problem answers and the command headers on every command', () => {
    for (const [path, methods] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        expect([path, method, Object.keys(operation.responses)]).toEqual([path, method, expect.arrayContaining(['400', '500', '503'])]);
        if (method !== 'get') expect([path, operation.parameters?.map((p) => p.name)]).toEqual([path, expect.arrayContaining(['If-Match', 'Idempotency-Key'])]);
      }
    }
  });
});
