export * from './risk-assessments.context';
export { ReassessmentDeadlineWorker } from './reassessment-deadlines/reassessment-deadline.worker';
export * from './demo/seed-risk-demo-data';
