export * from './data-protection.context';
export * from './data-protection.runtime';
export * from './keys/key-encryption-key';
export * from './keys/subject-key-vault';
export * from './sealing/protected-event-store';
export * from './sealing/revealer';
export * from './sealing/sealed-text';
export * from './keys/data-protection.migration';
