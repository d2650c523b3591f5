import { checkMessage } from './contract-validator';
import { ContractViolation, IntegrationMessage } from './envelope';

/** Reads bytes from the bus as a known contract, or throws a ContractViolation naming what is wrong. */
export function parseIntegrationMessage(raw: Buffer | string | null): IntegrationMessage {
  if (raw === null || raw.length === 0) throw new ContractViolation('empty message');
  let json: unknown;
  try {
    json = JSON.parse(raw.toString());
  } catch (error) {
    throw new ContractViolation(`not JSON: ${(error as Error).message}`);
  }
  return checkMessage(json);
}

/** Validates an outgoing message as built, against the same compiled schemas, so a relay never publishes what consumers would refuse. */
export function assertValidMessage(message: IntegrationMessage): void {
  try {
    checkMessage(message);
  } catch (error) {
    if (!(error instanceof ContractViolation)) throw error;
    // Consumers read the JSON (undefined fields left out, dates as text): a refusal is judged on that, so the relay
    // refuses exactly what they would. Only a refused message pays for this.
    parseIntegrationMessage(JSON.stringify(message));
  }
}
