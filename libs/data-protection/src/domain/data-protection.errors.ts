import { DomainError } from '@vigil/event-sourcing';

export type DataProtectionErrorCode = 'under-legal-hold' | 'hold-not-found' | 'already-restricted' | 'not-restricted' | 'invalid-rules' | 'unknown-record';

export class DataProtectionError extends DomainError<DataProtectionErrorCode> {}
