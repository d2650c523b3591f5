export * from './languages';
export * from './request-language';
export * from './translate';
export type { MessageKey } from './catalogues/en';
export * from './catalogues/fields';
