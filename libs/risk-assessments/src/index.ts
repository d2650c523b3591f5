export * from './risk-assessments-http.module';
export * from './risk-assessment-projections';
export * from './risk-case-stream';
export * from './read-models/risk-assessment-read-models.migration';
export * from './reassessment-deadlines/reassessment-deadline.worker';
export * from './reassessment-deadlines/reassessment-deadline.poller';
export * from './demo/seed-risk-demo-data';
export * from './risk-assessments.context';
