import { createPrivateKey, generateKeyPairSync, KeyObject, sign } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Role, ROLES } from '@vigil/identity';

/**
 * An OpenID issuer for tests: a discovery document and a JWKS on a local port, and real RS256 access tokens
 * signed with its key (minted synchronously, so a test can sign in anywhere it sets a header).
 */
export class TestIssuer {
  readonly audience = 'vigil';
  private server: Server | null = null;
  private base = '';
  private readonly kid = 'test-key-1';
  private readonly privateKey: KeyObject;
  private readonly publicJwk: Record<string, unknown>;

  constructor(private readonly path = '/realms/vigil-test') {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.privateKey = privateKey;
    this.publicJwk = { ...publicKey.export({ format: 'jwk' }), kid: this.kid, alg: 'RS256', use: 'sig' };
  }

  get url(): string {
    if (!this.base) throw new Error('the test issuer has not started');
    return `${this.base}${this.path}`;
  }

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      const body =
        request.url === `${this.path}/.well-known/openid-configuration`
          ? { issuer: this.url, jwks_uri: `${this.url}/jwks`, authorization_endpoint: `${this.url}/auth`, token_endpoint: `${this.url}/token` }
          : request.url === `${this.path}/jwks`
            ? { keys: [this.publicJwk] }
            : null;
      response.writeHead(body ? 200 : 404, { 'Content-Type': 'application/json' }).end(JSON.stringify(body ?? { error: 'not found' }));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** A signed access token; override any claim (exp, nbf, aud, iss…) to test what the API refuses. */
  token(claims: Record<string, unknown>, key: KeyObject = this.privateKey): string {
    const now = Math.floor(Date.now() / 1000);
    const payload = { iss: this.url, aud: this.audience, sub: String(claims.staff_ref ?? 'nobody'), iat: now, exp: now + 600, ...claims };
    const header = { alg: 'RS256', typ: 'JWT', kid: this.kid };
    const signingInput = `${base64url(header)}.${base64url(payload)}`;
    return `${signingInput}.${sign('sha256', Buffer.from(signingInput), key).toString('base64url')}`;
  }

  /** The Authorization header of a person with these roles in this unit. */
  signedIn(staffRef: string, roles: readonly Role[] = ROLES, unit = 'national'): { Authorization: string } {
    return { Authorization: `Bearer ${this.token({ staff_ref: staffRef, vigil_roles: roles, vigil_unit: unit })}` };
  }
}

/** A key the API does not trust, for forged tokens. */
export const strangerKey = (): KeyObject =>
  createPrivateKey(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'pem', type: 'pkcs8' }));

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

let shared: TestIssuer | null = null;

/** The issuer this test file's apps trust (one per file, started on first use). */
export async function testIssuer(): Promise<TestIssuer> {
  shared ??= await new TestIssuer().start();
  return shared;
}

/** Stops this file's issuer (the next app starts a new one). */
export async function stopTestIssuer(): Promise<void> {
  const issuer = shared;
  shared = null;
  await issuer?.stop();
}
