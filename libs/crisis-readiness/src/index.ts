export * from './crisis-readiness.context';
export { loadStarterPlans } from './starter-plans/load-starter-plans';
