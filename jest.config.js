// Two projects: fast pure tests, and integration tests that need a real PostgreSQL (started once in globalSetup).
// Transpile only (tsc --noEmit type-checks); decorator metadata still comes through for Nest's DI.
const tsJest = ['ts-jest', { tsconfig: { isolatedModules: true, module: 'commonjs', moduleResolution: 'node', target: 'ES2022', experimentalDecorators: true, emitDecoratorMetadata: true, esModuleInterop: true } }];
const moduleNameMapper = {
  '^@vigil/event-store/(.*)$': '<rootDir>/libs/event-store/src/$1',
  '^@vigil/integration-contracts/(.*)$': '<rootDir>/libs/integration-contracts/src/$1',
  '^@vigil/([a-z0-9-]+)$': '<rootDir>/libs/$1/src',
};
// intl-messageformat and its @formatjs parts are published as ESM only: jest 29 cannot require them, so they are transpiled too.
const esmOnly = ['ts-jest', { tsconfig: { isolatedModules: true, allowJs: true, module: 'commonjs', target: 'ES2022' } }];
const common = {
  transform: { '^.+\\.ts$': tsJest, '/node_modules/(intl-messageformat|@formatjs)/.+\\.js$': esmOnly },
  transformIgnorePatterns: ['/node_modules/(?!(intl-messageformat|@formatjs)/)'],
  moduleNameMapper,
  testEnvironment: 'node',
};
module.exports = {
  testTimeout: 60000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/libs/**/*.int-spec.ts', '<rootDir>/test/e2e/**/*.e2e-spec.ts', '<rootDir>/test/fuzz/**/*.fuzz-spec.ts', '<rootDir>/test/openapi/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
    {
      ...common,
      displayName: 'kafka',
      testMatch: ['<rootDir>/libs/**/*.kafka-spec.ts', '<rootDir>/test/kafka/**/*.kafka-spec.ts'],
      globalSetup: '<rootDir>/test/support/kafka-global-setup.ts',
      globalTeardown: '<rootDir>/test/support/kafka-global-teardown.ts',
    },
    {
      ...common,
      displayName: 'keycloak',
      testMatch: ['<rootDir>/test/keycloak/**/*.keycloak-spec.ts'],
      globalSetup: '<rootDir>/test/support/keycloak-global-setup.ts',
      globalTeardown: '<rootDir>/test/support/keycloak-global-teardown.ts',
    },
    {
      ...common,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
