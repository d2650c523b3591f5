export * from './embedded-postgres';
export * from './databases';
export * from './resolve-database';
