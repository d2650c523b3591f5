export * from './languages';
export * from './translate';
export type { MessageKey } from './catalogues/en';
export * from './catalogues/fields';
