/** Architecture rules checked in CI (`npm run depcheck`): see ARCHITECTURE.md. */
const fs = require('node:fs');

// A bounded context is a lib with a manifest `libs/<name>/src/<name>.context.ts` (the same ones libs/platform lists); the statistics feed is kept apart too.
const CONTEXTS = fs.readdirSync('libs').filter((name) => fs.existsSync(`libs/${name}/src/${name}.context.ts`)).join('|');
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'Domain code (decide/evolve) imports no framework, database, clock or I/O; only pure data: the published incident codes and the organisation catalogue (areas, institutions, legal bases, jurisdictions served).',
      severity: 'error',
      from: { path: '^libs/[^/]+/src/(domain/|.*\\.decide\\.ts$)' },
      to: { path: '(node_modules/(@nestjs|typeorm|pg|kafkajs|express|class-validator|@eventstore)|^libs/(?!event-store/src/event-store\\.port|event-sourcing/src/(domain-event|domain-error|ids|canonical-json|decider-spec)\\.ts|event-sourcing/src/index\\.ts|integration-contracts/src/incident-codes\\.ts|organisation/src/[a-z-]+\\.ts))', pathNot: '^libs/[^/]+/src/domain/' },
    },
    {
      name: 'libs-never-import-apps',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'contexts-stay-apart',
      comment: 'A bounded context does not reach into another; they meet through events and integration contracts.',
      severity: 'error',
      from: { path: `^libs/(${CONTEXTS})/` },
      to: { path: `^libs/(${CONTEXTS})/`, pathNot: '^libs/$1/' },
    },
    {
      name: 'no-test-code-in-production',
      severity: 'error',
      from: { path: '^(apps|libs)/', pathNot: '\\.(spec|int-spec|e2e-spec)\\.ts$|/contract/' },
      to: { path: '(\\.(spec|int-spec|e2e-spec)\\.ts$|^test/)' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    exclude: { path: '^(dist|\\.data)/' },
  },
};
