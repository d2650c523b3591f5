import { plainToInstance } from 'class-transformer';
import { IsInt, IsISO8601, IsObject, IsString, Matches, Min, validateSync, ValidationError } from 'class-validator';
import { ContractViolation, IntegrationMessage } from './envelope';
import { CRISIS_READINESS_SCHEMAS } from './crisis-readiness-contract.schemas';
import { INCIDENT_SCHEMAS } from './incident-contract.schemas';

const SCHEMAS: Record<string, Record<number, new () => object>> = {
  ...INCIDENT_SCHEMAS,
  ...Object.fromEntries(Object.entries(CRISIS_READINESS_SCHEMAS).map(([name, schema]) => [name, { 1: schema }])),
};

class EnvelopeSchema {
  @IsString() contract!: string;
  @IsInt() @Min(1) version!: number;
  @Matches(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/) messageId!: string;
  @IsString() streamId!: string;
  @IsInt() @Min(0) streamRevision!: number;
  @IsISO8601({ strict: true }) recordedAt!: string;
  @IsString() correlationId!: string;
  @IsObject() payload!: object;
}

/** Reads bytes from the bus as a known contract, or throws a ContractViolation naming what is wrong. */
export function parseIntegrationMessage(raw: Buffer | string | null): IntegrationMessage {
  if (raw === null || raw.length === 0) throw new ContractViolation('empty message');
  let json: unknown;
  try {
    json = JSON.parse(raw.toString());
  } catch (error) {
    throw new ContractViolation(`not JSON: ${(error as Error).message}`);
  }
  check(EnvelopeSchema, json, 'envelope');
  const message = json as IntegrationMessage;
  const schema = SCHEMAS[message.contract]?.[message.version];
  if (!schema) throw new ContractViolation(`unknown contract ${message.contract} v${message.version}`);
  check(schema, message.payload, message.contract);
  return message;
}

/** Validates an outgoing message the same way, so a relay never publishes what consumers would refuse. */
export function assertValidMessage(message: IntegrationMessage): void {
  parseIntegrationMessage(JSON.stringify(message));
}

function check(schema: new () => object, value: unknown, what: string): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ContractViolation(`${what}: not an object`);
  const errors = validateSync(plainToInstance(schema, value), { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length) throw new ContractViolation(`${what}: ${describe(errors)}`);
}

function describe(errors: ValidationError[]): string {
  return errors.map((e) => (e.constraints ? `${e.property} (${Object.keys(e.constraints).join(', ')})` : e.property)).join('; ');
}
