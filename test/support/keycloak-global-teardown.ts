import pgGlobalTeardown from './global-teardown';
import { keycloakScript } from './keycloak-global-setup';

export default async function keycloakGlobalTeardown(): Promise<void> {
  if (process.env.VIGIL_TEST_KEYCLOAK_OWNED === '1') keycloakScript('stop');
  await pgGlobalTeardown();
}
