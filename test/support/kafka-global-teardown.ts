import { rmSync } from 'node:fs';
import pgGlobalTeardown from './global-teardown';
import { brokerScript } from './kafka-global-setup';

export default async function kafkaGlobalTeardown(): Promise<void> {
  if (process.env.VIGIL_TEST_KAFKA_OWNED === '1') {
    brokerScript('stop');
    if (process.env.VIGIL_TEST_KAFKA_DATA) rmSync(process.env.VIGIL_TEST_KAFKA_DATA, { recursive: true, force: true });
  }
  await pgGlobalTeardown();
}
