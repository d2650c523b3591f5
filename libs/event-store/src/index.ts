export * from './event-store.port';
export * from './errors';
export * from './clock';
export * from './hash-chain';
export * from './event-validation';
export * from './postgres/postgres-event-store';
export * from './postgres/event-store.schema';
export * from './postgres/event-store.migration';
