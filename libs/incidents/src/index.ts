export * from './incidents-http.module';
export * from './incident-projections';
export * from './incident-stream';
export * from './read-models/incident-read-models.migration';
export * from './demo/seed-demo-data';
export * from './integration/incident-publication';
