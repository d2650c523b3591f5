export * from './embedded-postgres';
export * from './databases';
export * from './resolve-database';
export * from './connection-errors';
export * from './backoff';
export * from './pool-guard';
