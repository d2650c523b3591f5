export * from './crisis-readiness-http.module';
export * from './crisis-readiness-projections';
export * from './crisis-streams';
export * from './read-models/crisis-readiness-read-models.migration';
export * from './starter-plans/load-starter-plans';
export * from './demo/seed-demo-data';
export type { ActivationStarted, ActivationEvent } from './domain/activation.events';
export * from './crisis-readiness.context';
