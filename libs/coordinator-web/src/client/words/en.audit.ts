/** English words of the audit pages: English defines the keys. */
export const EN_AUDIT = {} as const;
