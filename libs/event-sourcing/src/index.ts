export * from './domain-event';
export * from './domain-error';
export * from './ids';
export * from './canonical-json';
export * from './decider-spec';
export * from './upcasters';
export * from './personal-data';
