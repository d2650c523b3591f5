/** Architecture rules checked in CI (`npm run depcheck`): see ARCHITECTURE.md. */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'Domain code (decide/evolve) imports no framework, database, clock or I/O.',
      severity: 'error',
      from: { path: '^libs/[^/]+/src/(domain/|.*\\.decide\\.ts$)' },
      to: { path: '(node_modules/(@nestjs|typeorm|pg|kafkajs|express|class-validator|@eventstore)|^libs/(?!event-store/src/event-store\\.port))', pathNot: '^libs/[^/]+/src/domain/' },
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
      from: { path: '^libs/(incidents|action-cards|crisis-readiness|risk-assessments|coercive-measures|statistics-feed)/' },
      to: { path: '^libs/(incidents|action-cards|crisis-readiness|risk-assessments|coercive-measures|statistics-feed)/', pathNot: '^libs/$1/' },
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
