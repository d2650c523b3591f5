export * from './coercive-measures-http.module';
export * from './coercive-measure-projections';
export * from './placement-stream';
export * from './read-models/coercive-measure-read-models.migration';
export * from './demo/seed-demo-data';
export * from './coercive-measures.context';
