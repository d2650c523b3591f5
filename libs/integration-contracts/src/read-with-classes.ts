import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { CRISIS_READINESS_SCHEMAS } from './crisis-readiness-contract.schemas';
import { ContractViolation, IntegrationMessage } from './envelope';
import { EnvelopeSchema } from './envelope.schema';
import { INCIDENT_SCHEMAS } from './incident-contract.schemas';

const CLASSES: Record<string, Record<number, new () => object>> = {
  ...INCIDENT_SCHEMAS,
  ...Object.fromEntries(Object.entries(CRISIS_READINESS_SCHEMAS).map(([name, schema]) => [name, { 1: schema }])),
};

/**
 * How messages were read before the compiled validator: class-validator against the schema classes, about 50 µs a
 * message. Kept as the reference the compiled JSON Schemas are proven against (contract-agreement.spec.ts) and
 * measured beside (test/bench/contract-validation.bench.ts); nothing in production reads with it.
 */
export function readWithClasses(raw: Buffer | string | null): IntegrationMessage {
  if (raw === null || raw.length === 0) throw new ContractViolation('empty message');
  let json: unknown;
  try {
    json = JSON.parse(raw.toString());
  } catch (error) {
    throw new ContractViolation(`not JSON: ${(error as Error).message}`);
  }
  check(EnvelopeSchema, json, 'envelope');
  const message = json as IntegrationMessage;
  const schema = CLASSES[message.contract]?.[message.version];
  if (!schema) throw new ContractViolation(`unknown contract ${message.contract} v${message.version}`);
  check(schema, message.payload, message.contract);
  return message;
}

/** The relay's check before: serialise and read back. */
export function assertWithClasses(message: IntegrationMessage): void {
  readWithClasses(JSON.stringify(message));
}

function check(schema: new () => object, value: unknown, what: string): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ContractViolation(`${what}: not an object`);
  const errors = validateSync(plainToInstance(schema, value), { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length) throw new ContractViolation(`${what}: ${describe(errors)}`);
}

function describe(errors: ValidationError[]): string {
  return errors.map((e) => (e.constraints ? `${e.property} (${Object.keys(e.constraints).join(', ')})` : e.property)).join('; ');
}
