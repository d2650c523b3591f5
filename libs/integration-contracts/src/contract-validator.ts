import Ajv, { ErrorObject, SchemaObject, ValidateFunction } from 'ajv';
import { isStrictIso8601 } from './iso-date';
import { CODE, ID } from './contract-fields';
import { CRISIS_READINESS_JSON_SCHEMAS } from './crisis-readiness-contract.json-schemas';
import { ContractViolation, IntegrationMessage } from './envelope';
import { ENVELOPE_JSON_SCHEMA } from './envelope.json-schema';
import { INCIDENT_JSON_SCHEMAS } from './incident-contract.json-schemas';

const CONTRACTS: Record<string, Record<number, SchemaObject>> = {
  ...INCIDENT_JSON_SCHEMAS,
  ...Object.fromEntries(Object.entries(CRISIS_READINESS_JSON_SCHEMAS).map(([name, schema]) => [name, { 1: schema }])),
};

interface Compiled {
  readonly envelope: ValidateFunction<IntegrationMessage>;
  /** By contract name, then version; a Map, so no name ("constructor") finds something on a prototype. */
  readonly contracts: ReadonlyMap<string, ReadonlyMap<number, ValidateFunction>>;
}

/** The same schemas compiled twice: stop at the first error for the common case, and every error to explain a refusal. */
let fast: Compiled | null = null;
let explaining: Compiled | null = null;

function compile(allErrors: boolean): Compiled {
  const ajv = new Ajv({
    allErrors,
    allowUnionTypes: true,
    // The very expressions the class-validator rules use, and their ISO 8601 check, so both accept the same strings.
    formats: { code: CODE, id: ID, iso8601: { type: 'string', validate: isStrictIso8601 } },
  });
  const contracts = new Map(
    Object.entries(CONTRACTS).map(([name, versions]) => [
      name,
      new Map(Object.entries(versions).map(([version, schema]) => [Number(version), ajv.compile(schema)])),
    ]),
  );
  return { envelope: ajv.compile<IntegrationMessage>(ENVELOPE_JSON_SCHEMA), contracts };
}

/** Checks a parsed message against the envelope and its contract's schema, or throws a ContractViolation naming what is wrong. */
export function checkMessage(message: unknown): IntegrationMessage {
  fast ??= compile(false);
  if (typeof message !== 'object' || message === null || Array.isArray(message)) throw new ContractViolation('envelope: not an object');
  if (!fast.envelope(message)) throw violation('envelope', ENVELOPE_JSON_SCHEMA, message, (c) => c.envelope);
  const validate = fast.contracts.get(message.contract)?.get(message.version);
  if (!validate) throw new ContractViolation(`unknown contract ${message.contract} v${message.version}`);
  if (!validate(message.payload)) {
    const schema = CONTRACTS[message.contract][message.version];
    throw violation(message.contract, schema, message.payload, (c) => c.contracts.get(message.contract)!.get(message.version)!);
  }
  return message;
}

/** Every wrong field of a refused value, each once: `kind (not a code); description (not in the contract)`. */
function violation(what: string, schema: SchemaObject, value: unknown, pick: (compiled: Compiled) => ValidateFunction): ContractViolation {
  explaining ??= compile(true);
  const validate = pick(explaining);
  validate(value);
  const reasons = new Map<string, string>();
  for (const error of validate.errors ?? []) {
    const [field, reason] = fieldAndReason(error, schema);
    if (!reasons.has(field)) reasons.set(field, reason);
  }
  return new ContractViolation(`${what}: ${[...reasons].map(([field, reason]) => `${field} (${reason})`).join('; ')}`);
}

function fieldAndReason(error: ErrorObject, schema: SchemaObject): [string, string] {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((step) => step.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (path.length === 0 && error.keyword === 'required') return [(error.params as { missingProperty: string }).missingProperty, 'missing'];
  if (path.length === 0 && error.keyword === 'additionalProperties')
    return [(error.params as { additionalProperty: string }).additionalProperty, 'not in the contract'];
  if (path.length === 0) return ['value', error.message ?? error.keyword]; // the value itself: checked to be an object before, so not seen
  const field = path[0];
  const description = (schema.properties as Record<string, { description?: string }> | undefined)?.[field]?.description;
  return [field, description ? `not ${description}` : (error.message ?? error.keyword)];
}
