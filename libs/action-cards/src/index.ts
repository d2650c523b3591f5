export * from './action-cards-http.module';
export * from './action-cards-worker.module';
export * from './action-card-workflow';
export * from './action-card-projections';
export * from './action-card-streams';
export * from './read-models/action-card-read-models.migration';
export * from './starter-library/load-starter-library';
export * from './starter-library/demo-runs';
