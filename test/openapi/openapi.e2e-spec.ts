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

  it("passes Redocly's recommended rules with no error and no warning", () => {
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

  it('gives every success answer a body schema (or says it has none), and live feeds their event-stream type', () => {
    const missing: string[] = [];
    for (const [path, methods] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        for (const [status, response] of Object.entries(operation.responses as Record<string, { content?: Record<string, unknown> }>)) {
          if (status.startsWith('2') && status !== '204' && !response.content) missing.push(`${method.toUpperCase()} ${path} ${status}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('types whole numbers as integers, ids as uuids and instants as date-times', () => {
    const wrong: string[] = [];
    const visit = (where: string, schema: Record<string, unknown> | undefined) => {
      if (!schema || typeof schema !== 'object') return;
      for (const [name, property] of Object.entries((schema.properties ?? {}) as Record<string, Record<string, unknown>>)) {
        if (
          /^(revision|version|expectedRevision|currentRevision|limit|offset|total|count|templateVersion|planVersion)$/i.test(name) &&
          property.type === 'number'
        )
          wrong.push(`${where}.${name}: number, not integer`);
        if (property.type === 'object' && !property.properties && !property.additionalProperties && !property.$ref && !property.description)
          wrong.push(`${where}.${name}: an object with no shape`);
        visit(`${where}.${name}`, property);
        visit(`${where}.${name}[]`, property.items as Record<string, unknown> | undefined);
      }
    };
    const schemas = (JSON.parse(text).components?.schemas ?? {}) as Record<string, Record<string, unknown>>;
    for (const [name, schema] of Object.entries(schemas)) visit(name, schema);
    for (const [path, methods] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        for (const parameter of (operation.parameters ?? []) as { name: string; in: string; schema?: { type?: string; format?: string } }[]) {
          if (parameter.in === 'query' && parameter.schema?.type === 'object') wrong.push(`${method} ${path} ?${parameter.name}: object`);
          if (
            parameter.in === 'path' &&
            /(^id$|Id$)/.test(parameter.name) &&
            parameter.schema?.format !== 'uuid' &&
            !/templateId|planId|stepId|measureId|interventionId/.test(parameter.name)
          )
            wrong.push(`${method} ${path} {${parameter.name}}: no uuid format`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('documents the problem answers and the command headers on every command', () => {
    for (const [path, methods] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        expect([path, method, Object.keys(operation.responses)]).toEqual([path, method, expect.arrayContaining(['400', '500', '503'])]);
        if (method !== 'get') expect([path, operation.parameters?.map((p) => p.name)]).toEqual([path, expect.arrayContaining(['If-Match', 'Idempotency-Key'])]);
      }
    }
  });

  it('declares Accept-Language on every operation and Content-Language on every answer', () => {
    const missing: string[] = [];
    for (const [path, methods] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        if (!operation.parameters?.some((p) => p.name === 'Accept-Language')) missing.push(`${method.toUpperCase()} ${path}: Accept-Language`);
        for (const [status, response] of Object.entries(operation.responses as Record<string, { headers?: Record<string, unknown> }>))
          if (!response.headers?.['Content-Language']) missing.push(`${method.toUpperCase()} ${path} ${status}: Content-Language`);
      }
    }
    expect(missing).toEqual([]);
  });
});
