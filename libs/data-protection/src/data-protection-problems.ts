import { domainProblems } from '@vigil/http-commands';
import { DataProtectionError, DataProtectionErrorCode } from './domain/data-protection.errors';

const STATUS: Record<DataProtectionErrorCode, number> = {
  'under-legal-hold': 409,
  'hold-not-found': 404,
  'already-restricted': 409,
  'not-restricted': 409,
  'invalid-rules': 400,
  'unknown-record': 404,
};

export const dataProtectionProblems = domainProblems(DataProtectionError, STATUS);
