import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { freePortPair } from './free-port';
import pgGlobalSetup from './global-setup';
import pgGlobalTeardown from './global-teardown';

const ROOT = join(__dirname, '../..');
const SCRIPT = join(ROOT, 'infra/keycloak/keycloak.sh');
/** The test server's port (its management interface, for health, is the next one): named, or a free pair chosen at set-up. */
const testKeycloakPort = () => Number(process.env.VIGIL_TEST_KEYCLOAK_PORT);

/**
 * The Keycloak suite runs against a real identity provider: VIGIL_TEST_KEYCLOAK_URL when given (a Keycloak with the
 * `vigil` realm of infra/keycloak/vigil-realm.json), else one this suite starts with infra/keycloak/keycloak.sh
 * (needs a JDK 17+ and the distribution installed). Neither available is a failure, never a skip.
 */
export default async function keycloakGlobalSetup(): Promise<void> {
  if (process.env.VIGIL_TEST_KEYCLOAK_URL) {
    const issuer = issuerOf(process.env.VIGIL_TEST_KEYCLOAK_URL);
    await assertRealmAnswers(issuer);
    process.env.VIGIL_TEST_KEYCLOAK_ISSUER = issuer;
    await pgGlobalSetup();
    return;
  }
  const check = keycloakScript('check', { throwOnFailure: false });
  if (check.status !== 0) {
    throw new Error(
      'The Keycloak suite needs an identity provider and none can be started here:\n' +
        `${check.stderr.trim() || check.stdout.trim()}\n` +
        'Run `bash infra/keycloak/keycloak.sh install` (Maven fetches Keycloak from Maven Central; a JDK 17, 21 or 25 under ' +
        '/usr/lib/jvm or KEYCLOAK_JAVA_HOME runs it), or set VIGIL_TEST_KEYCLOAK_URL to a Keycloak that has the vigil realm.',
    );
  }
  await pgGlobalSetup(); // after the checks: a run that cannot have Keycloak starts nothing
  process.env.VIGIL_TEST_KEYCLOAK_PORT ??= String(await freePortPair());
  try {
    keycloakScript('reset'); // a fresh database: the realm imported from the file as it is now
    keycloakScript('start');
  } catch (error) {
    keycloakScript('stop', { throwOnFailure: false }); // jest runs no teardown after a failed setup
    await pgGlobalTeardown();
    throw error;
  }
  process.env.VIGIL_TEST_KEYCLOAK_ISSUER = `http://127.0.0.1:${testKeycloakPort()}/realms/vigil`;
  process.env.VIGIL_TEST_KEYCLOAK_OWNED = '1';
}

/** Runs infra/keycloak/keycloak.sh for the test server (own ports and data directory, so one started by hand is left alone). */
export function keycloakScript(command: 'check' | 'reset' | 'start' | 'stop', options = { throwOnFailure: true }) {
  const result = spawnSync('bash', [SCRIPT, command], {
    env: { ...process.env, KEYCLOAK_PORT: String(testKeycloakPort() || 18080), VIGIL_KEYCLOAK_DATA: join(ROOT, '.data/keycloak-test') },
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (options.throwOnFailure && result.status !== 0) {
    throw new Error(`infra/keycloak/keycloak.sh ${command} failed (${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`);
  }
  return result;
}

/** VIGIL_TEST_KEYCLOAK_URL is the server's base (http://host:port, realm vigil) or a realm's issuer URL (…/realms/<name>). */
export function issuerOf(url: string): string {
  const trimmed = url.replace(/\/+$/, '');
  return /\/realms\/[^/]+$/.test(trimmed) ? trimmed : `${trimmed}/realms/vigil`;
}

async function assertRealmAnswers(issuer: string): Promise<void> {
  const url = `${issuer}/.well-known/openid-configuration`;
  const response = await fetch(url).catch((error: Error) => {
    throw new Error(`VIGIL_TEST_KEYCLOAK_URL is set but nothing answers at ${url}: ${error.message}`);
  });
  if (!response.ok) throw new Error(`VIGIL_TEST_KEYCLOAK_URL is set but ${url} answered ${response.status}: is the vigil realm imported?`);
}
