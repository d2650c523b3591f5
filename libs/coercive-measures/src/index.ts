export * from './coercive-measures.context';
export { seedCoerciveMeasureDemoData } from './demo/seed-demo-data';
