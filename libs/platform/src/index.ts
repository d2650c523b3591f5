export * from './contexts';
export * from './api.module';
export * from './database.module';
export * from './worker.module';
export * from './configure-http';
export * from './logger-options';
export * from './context-data';
export { VigilMetrics } from './observability/metrics';
export { oidcIssuer } from './access/oidc-issuer';
