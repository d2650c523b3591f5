import { createHash, randomBytes } from 'node:crypto';
import { createRemoteJWKSet, JWTPayload, jwtVerify } from 'jose';

/**
 * Tokens from the real Keycloak of the keycloak project (test/support/keycloak-global-setup.ts), realm `vigil` as
 * infra/keycloak/vigil-realm.json defines it. Passwords and secrets here are the realm file's, for development and tests only.
 */
export const DEMO_PASSWORD = 'vigil-demo';
export const CLIENTS = {
  /** The web pages: confidential, authorisation code flow with PKCE S256. */
  web: { clientId: 'vigil-web', clientSecret: 'vigil-web-dev-secret' },
  /** The Swagger page: public, authorisation code flow with PKCE S256. */
  swagger: { clientId: 'vigil-swagger', clientSecret: undefined },
  /** Tests only: the password grant. */
  test: { clientId: 'vigil-test', clientSecret: 'vigil-test-dev-secret' },
} as const;

/** The realm's users: one per role, and a machine-looking account that Vigil must refuse (staff_ref SYS-…). */
export const USERS = [
  { username: 'coordinator.syddanmark', staffRef: 'ST-KC0001', role: 'coordinator', unit: 'area:syddanmark' },
  { username: 'staff.nyborg', staffRef: 'ST-KC0002', role: 'staff', unit: 'institution:nyborg' },
  { username: 'crisisstaff.syddanmark', staffRef: 'ST-KC0003', role: 'crisis-staff', unit: 'area:syddanmark' },
  { username: 'crisislead.national', staffRef: 'ST-KC0004', role: 'crisis-lead', unit: 'national' },
  { username: 'assessor.hovedstaden', staffRef: 'ST-KC0005', role: 'risk-assessor', unit: 'area:hovedstaden' },
  { username: 'placement.nyborg', staffRef: 'ST-KC0006', role: 'placement-officer', unit: 'institution:nyborg' },
  { username: 'manager.nyborg', staffRef: 'ST-KC0007', role: 'institution-manager', unit: 'institution:nyborg' },
  { username: 'partnership', staffRef: 'ST-KC0008', role: 'safety-partnership', unit: 'area:syddanmark' },
  { username: 'auditor', staffRef: 'ST-KC0009', role: 'auditor', unit: 'national' },
  { username: 'admin', staffRef: 'ST-KC0010', role: 'administrator', unit: 'national' },
  { username: 'machine.actioncards', staffRef: 'SYS-ACTIONCARDS', role: 'coordinator', unit: 'area:syddanmark' },
] as const;
export type KeycloakUser = (typeof USERS)[number]['username'];

/** The realm's issuer URL (what VIGIL_OIDC_ISSUER names), e.g. http://127.0.0.1:40123/realms/vigil. */
export function keycloakIssuer(): string {
  const issuer = process.env.VIGIL_TEST_KEYCLOAK_ISSUER; // set by the global setup, from VIGIL_TEST_KEYCLOAK_URL or the server it started
  if (!issuer) throw new Error('No Keycloak for this test: run it in the keycloak jest project (npx jest --selectProjects keycloak)');
  return issuer;
}

export interface Discovery {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  jwks_uri: string;
  [key: string]: unknown;
}

let discovered: Promise<Discovery> | null = null;

/** The realm's discovery document (fetched once). */
export function discovery(): Promise<Discovery> {
  discovered ??= fetch(`${keycloakIssuer()}/.well-known/openid-configuration`).then(async (response) => {
    if (!response.ok) throw new Error(`discovery answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as Discovery;
  });
  return discovered;
}

export interface TokenResponse {
  status: number;
  body: { access_token?: string; id_token?: string; token_type?: string; expires_in?: number; error?: string; error_description?: string };
}

/** POSTs a form to the token endpoint, with client_secret_basic when the client has a secret. */
export async function tokenRequest(form: Record<string, string>, client: { clientId: string; clientSecret?: string }, headers: Record<string, string> = {}) {
  const auth = client.clientSecret ? { authorization: `Basic ${Buffer.from(`${client.clientId}:${client.clientSecret}`).toString('base64')}` } : {};
  const body = new URLSearchParams(client.clientSecret ? form : { ...form, client_id: client.clientId });
  const response = await fetch((await discovery()).token_endpoint, { method: 'POST', headers: { ...auth, ...headers }, body });
  return { status: response.status, headers: response.headers, body: (await response.json()) as TokenResponse['body'] };
}

/** The password grant (direct access grant): on `vigil-test` it works; other clients refuse it. */
export function passwordGrant(username: string, options: { password?: string; client?: { clientId: string; clientSecret?: string } } = {}) {
  const form = { grant_type: 'password', username, password: options.password ?? DEMO_PASSWORD, scope: 'openid' };
  return tokenRequest(form, options.client ?? CLIENTS.test);
}

/** An access token for one of the realm's users (password grant on the test-only client `vigil-test`). */
export async function keycloakToken(username: KeycloakUser | string, password = DEMO_PASSWORD): Promise<string> {
  const { status, body } = await passwordGrant(username, { password });
  if (status !== 200 || !body.access_token) throw new Error(`no token for ${username}: ${status} ${body.error ?? ''} ${body.error_description ?? ''}`);
  return body.access_token;
}

let jwks: ReturnType<typeof createRemoteJWKSet> | null = null;

/** Verifies an access token as Vigil's API does: signature by the realm's JWKS, issuer, audience `vigil`, expiry. */
export async function verifyAccessToken(token: string): Promise<JWTPayload & Record<string, unknown>> {
  jwks ??= createRemoteJWKSet(new URL((await discovery()).jwks_uri));
  const { payload } = await jwtVerify(token, jwks, { issuer: keycloakIssuer(), audience: 'vigil', requiredClaims: ['exp', 'iat', 'sub'] });
  return payload;
}

/** PKCE (RFC 7636): a random verifier and its S256 challenge. */
export function pkce(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/** Cookies as a browser keeps them for one site: a name's latest value (path and flags are not needed against one realm). */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      if (at > 0) this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

export interface CodeFlowResult {
  /** Where Keycloak sent the browser back: the redirect URI with code, state and iss. */
  callback: URL;
  /** The token endpoint's answer to the code exchange. */
  exchange: Awaited<ReturnType<typeof tokenRequest>>;
}

/**
 * The authorisation code flow with PKCE as a browser does it, over plain HTTP: the authorize URL, the login form posted
 * with the user's credentials (to the form's own action, cookies kept), the redirect to redirectUri caught (nothing
 * listens there), then the code exchanged at the token endpoint with the verifier (and the secret for a confidential client).
 */
export async function codeFlow(options: {
  client: { clientId: string; clientSecret?: string };
  redirectUri: string;
  username: string;
  password?: string;
  /** Sent on the exchange, as a browser page (Swagger UI) would. */
  origin?: string;
  /** Replaces the verifier on the exchange (to see a wrong one refused). */
  exchangeVerifier?: string;
}): Promise<CodeFlowResult> {
  const { authorization_endpoint } = await discovery();
  const { verifier, challenge } = pkce();
  const state = randomBytes(16).toString('base64url');
  const authorize = new URL(authorization_endpoint);
  authorize.search = new URLSearchParams({
    client_id: options.client.clientId,
    response_type: 'code',
    scope: 'openid',
    redirect_uri: options.redirectUri,
    state,
    nonce: randomBytes(16).toString('base64url'),
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).toString();
  const jar = new CookieJar();
  const page = await fetch(authorize, { redirect: 'manual' });
  jar.take(page);
  const html = await page.text();
  if (page.status !== 200) throw new Error(`the authorize URL answered ${page.status}, not the login page: ${html.slice(0, 300)}`);
  const action = loginFormAction(html);
  const login = await fetch(action, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username: options.username, password: options.password ?? DEMO_PASSWORD, credentialId: '' }),
  });
  jar.take(login);
  const location = login.headers.get('location');
  if (login.status !== 302 || !location) throw new Error(`the login form answered ${login.status}, not a redirect: ${(await login.text()).slice(0, 300)}`);
  const callback = new URL(location);
  if (callback.searchParams.get('state') !== state) throw new Error(`the redirect carries another state: ${location}`);
  const code = callback.searchParams.get('code');
  if (!code) throw new Error(`the redirect carries no code: ${location}`);
  const form = { grant_type: 'authorization_code', code, redirect_uri: options.redirectUri, code_verifier: options.exchangeVerifier ?? verifier };
  const exchange = await tokenRequest(form, options.client, options.origin ? { origin: options.origin } : {});
  return { callback, exchange };
}

/** The login form's action (Keycloak's `kc-form-login`), HTML entities undone. */
function loginFormAction(html: string): string {
  const form = html.match(/<form\b[^>]*\bid="kc-form-login"[^>]*>/)?.[0];
  const action = form?.match(/\baction="([^"]+)"/)?.[1];
  if (!action) throw new Error(`no login form (kc-form-login) in the page: ${html.slice(0, 300)}`);
  return action
    .replace(/&amp;/g, '&')
    .replace(/&#x2F;/g, '/')
    .replace(/&#47;/g, '/');
}
