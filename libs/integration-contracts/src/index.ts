export * from './envelope';
export * from './incident-contracts';
export * from './incident-contract.schemas';
export * from './crisis-readiness-contracts';
export * from './crisis-readiness-contract.schemas';
export * from './parse-message';
export * from './incident-codes';
