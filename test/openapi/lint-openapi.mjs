// Lints an OpenAPI document with Redocly's recommended rules; prints each problem and exits 1 on any error or warning.
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { readFileSync } from 'node:fs';

const file = process.argv[2];
// info-license-strict is off: an internal service of the prison and probation services has no public licence URL.
const config = await createConfig({ extends: ['recommended'], rules: { 'info-license-strict': 'off' } });
const problems = await lintFromString({ source: readFileSync(file, 'utf8'), absoluteRef: file, config });
for (const p of problems) console.log(`${p.severity} ${p.ruleId} ${p.location?.[0]?.pointer ?? ''}: ${p.message}`);
console.log(`${problems.filter((p) => p.severity === 'error').length} errors, ${problems.filter((p) => p.severity === 'warn').length} warnings`);
process.exit(problems.some((p) => p.severity === 'error' || p.severity === 'warn') ? 1 : 0);
