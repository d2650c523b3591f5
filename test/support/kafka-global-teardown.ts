import pgGlobalTeardown from './global-teardown';
import { brokerScript } from './kafka-global-setup';

export default async function kafkaGlobalTeardown(): Promise<void> {
  if (process.env.VIGIL_TEST_KAFKA_OWNED === '1') brokerScript('stop');
  await pgGlobalTeardown();
}
