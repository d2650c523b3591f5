import { ROLES } from '@vigil/identity';
import { freePort } from '../support/free-port';
import { CLIENTS, codeFlow, discovery, keycloakIssuer, passwordGrant, pkce, USERS, verifyAccessToken } from './support/keycloak-tokens';

/**
 * Sign-in against a real Keycloak (infra/keycloak/keycloak.sh, realm file infra/keycloak/vigil-realm.json): what Vigil's
 * API relies on is there — discovery, keys, the three claims and the audience — and the flows the web pages and the
 * Swagger page use work over plain HTTP on 127.0.0.1.
 */
/** Claims that would name a person: none may reach Vigil. */
const NAME_CLAIMS = ['name', 'given_name', 'family_name', 'preferred_username', 'email', 'nickname'];
const audiences = (aud: unknown) => (Array.isArray(aud) ? aud : [aud]);

describe('sign-in with Keycloak, realm vigil', () => {
  it('serves the discovery document and the keys for realm vigil', async () => {
    const doc = await discovery();
    expect(doc.issuer).toBe(keycloakIssuer());
    for (const endpoint of [doc.authorization_endpoint, doc.token_endpoint, doc.jwks_uri]) expect(endpoint.startsWith(`${keycloakIssuer()}/`)).toBe(true);
    expect(doc.code_challenge_methods_supported).toContain('S256');
    expect(doc.grant_types_supported).toEqual(expect.arrayContaining(['authorization_code', 'password']));

    const jwks = (await (await fetch(doc.jwks_uri)).json()) as { keys: { kid: string; kty: string; alg: string; use: string }[] };
    expect(jwks.keys).toEqual(expect.arrayContaining([expect.objectContaining({ kty: 'RSA', alg: 'RS256', use: 'sig', kid: expect.any(String) })]));
  });

  it("gives coordinator.syddanmark a token on vigil-test (password grant) that carries Vigil's claims and verifies against the realm's keys", async () => {
    const { status, body } = await passwordGrant('coordinator.syddanmark');
    expect(status).toBe(200);
    const claims = await verifyAccessToken(body.access_token!);
    expect(claims).toMatchObject({ iss: keycloakIssuer(), azp: 'vigil-test', staff_ref: 'ST-KC0001', vigil_unit: 'area:syddanmark' });
    expect(claims.vigil_roles).toEqual(['coordinator']);
    expect(audiences(claims.aud)).toContain('vigil');
    expect(claims.exp! - claims.iat!).toBeGreaterThan(0);
    for (const claim of NAME_CLAIMS) expect(claims).not.toHaveProperty(claim);

    // The check is the signature's: one changed character and the token no longer verifies.
    const [header, payload, signature] = body.access_token!.split('.');
    const forged = `${header}.${payload}.${signature.slice(0, 10)}${signature[10] === 'A' ? 'B' : 'A'}${signature.slice(11)}`;
    await expect(verifyAccessToken(forged)).rejects.toThrow(/signature/);
  });

  it.each(USERS)('gives $username ($role, $unit) a token naming $staffRef, that one role and that unit', async (user) => {
    const { status, body } = await passwordGrant(user.username);
    expect(status).toBe(200);
    const claims = await verifyAccessToken(body.access_token!);
    expect(claims).toMatchObject({ staff_ref: user.staffRef, vigil_unit: user.unit, vigil_roles: [user.role] });
    expect(ROLES).toEqual(expect.arrayContaining(claims.vigil_roles as string[])); // no Keycloak default roles leak in
    expect(audiences(claims.aud)).toContain('vigil');
  });

  it('refuses the password grant to the web client and to a wrong password', async () => {
    expect(await passwordGrant('auditor', { client: CLIENTS.web })).toMatchObject({ status: 400, body: { error: 'unauthorized_client' } });
    expect(await passwordGrant('auditor', { password: 'not-the-password' })).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
  });

  it('signs coordinator.syddanmark in on vigil-web with the authorisation code flow and PKCE, over plain HTTP', async () => {
    const redirectUri = `http://127.0.0.1:${await freePort()}/auth/callback`;
    const { callback, exchange } = await codeFlow({ client: CLIENTS.web, redirectUri, username: 'coordinator.syddanmark' });
    expect(`${callback.origin}${callback.pathname}`).toBe(redirectUri);
    expect(callback.searchParams.get('iss')).toBe(keycloakIssuer()); // RFC 9207: the page can tell which issuer answered
    expect(exchange.status).toBe(200);
    expect(exchange.body).toMatchObject({ token_type: 'Bearer', id_token: expect.any(String) });

    const claims = await verifyAccessToken(exchange.body.access_token!);
    expect(claims).toMatchObject({ azp: 'vigil-web', staff_ref: 'ST-KC0001', vigil_roles: ['coordinator'], vigil_unit: 'area:syddanmark' });
    expect(audiences(claims.aud)).toContain('vigil');
  });

  it('refuses on vigil-web a code exchanged with another verifier, an authorisation request without PKCE, and a redirect elsewhere', async () => {
    const redirectUri = `http://localhost:${await freePort()}/auth/callback`;
    const wrongVerifier = await codeFlow({ client: CLIENTS.web, redirectUri, username: 'staff.nyborg', exchangeVerifier: pkce().verifier });
    expect(wrongVerifier.exchange).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });

    const { authorization_endpoint } = await discovery();
    const authorize = (params: Record<string, string>) =>
      fetch(`${authorization_endpoint}?${new URLSearchParams({ client_id: 'vigil-web', response_type: 'code', scope: 'openid', ...params })}`, {
        redirect: 'manual',
      });
    const withoutPkce = await authorize({ redirect_uri: redirectUri });
    expect(withoutPkce.status).toBe(302);
    expect(new URL(withoutPkce.headers.get('location')!).searchParams.get('error')).toBe('invalid_request');

    const { challenge } = pkce();
    for (const elsewhere of ['http://127.0.0.1:8080/somewhere-else', 'http://attacker.invalid/auth/callback']) {
      const response = await authorize({ redirect_uri: elsewhere, code_challenge: challenge, code_challenge_method: 'S256' });
      expect({ elsewhere, status: response.status, location: response.headers.get('location') }).toEqual({ elsewhere, status: 400, location: null });
    }
  });

  it("signs in on vigil-swagger, a public client, with PKCE and no secret, and answers the Swagger page's origin", async () => {
    const port = await freePort();
    const origin = `http://localhost:${port}`;
    const { exchange } = await codeFlow({ client: CLIENTS.swagger, redirectUri: `${origin}/api/docs/oauth2-redirect.html`, username: 'auditor', origin });
    expect(exchange.status).toBe(200);
    expect(exchange.headers.get('access-control-allow-origin')).toBe(origin); // Swagger UI exchanges the code from the page
    const claims = await verifyAccessToken(exchange.body.access_token!);
    expect(claims).toMatchObject({ azp: 'vigil-swagger', staff_ref: 'ST-KC0009', vigil_roles: ['auditor'], vigil_unit: 'national' });
  });
});
