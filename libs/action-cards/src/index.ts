export * from './action-cards.context';
export { loadStarterLibrary } from './starter-library/load-starter-library';
