import { EN_AUDIT } from './en.audit';

/** The same in Danish. */
export const DA_AUDIT: Readonly<Record<keyof typeof EN_AUDIT, string>> = {};
