import { EN_AUDIT } from './en.audit';

/** The same in Norwegian Bokmål. */
export const NB_AUDIT: Readonly<Record<keyof typeof EN_AUDIT, string>> = {};
