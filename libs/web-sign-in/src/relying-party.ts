import { IssuedTokens, RefreshRefused, TokenRefresher } from './session-store';
import { SignInSettings } from './sign-in-settings';

// openid-client is ESM-only: a dynamic import (kept by the SWC build, and by tsc's node16 output) loads it from CommonJS.
const loadOpenIdClient = () => import('openid-client');
type OpenIdClient = Awaited<ReturnType<typeof loadOpenIdClient>>;
type Configuration = Awaited<ReturnType<OpenIdClient['discovery']>>;

/** What the redirect to the provider carries, and what its callback must be checked against. */
export interface AuthorizationRequest {
  readonly url: string;
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
}

/** The provider said no, or its answer failed a check: in words for the person, with the provider's own code. */
export class SignInFailed extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly cancelled = false,
  ) {
    super(message);
  }
}

const SCOPE = 'openid';

/**
 * Vigil as an OpenID relying party (openid-client): the authorisation code flow with PKCE (S256), state and nonce;
 * the token exchange and refresh, authenticated with the client secret when there is one; the provider's sign-out.
 * The provider's discovery document is read on first use, so the provider may start after Vigil.
 */
export class RelyingParty implements TokenRefresher {
  private configuration: Promise<{ client: OpenIdClient; config: Configuration }> | null = null;

  constructor(private readonly settings: SignInSettings) {}

  get redirectUri(): string {
    return `${this.settings.base}/auth/callback`;
  }

  async authorizationRequest(): Promise<AuthorizationRequest> {
    const { client, config } = await this.discovered();
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.redirectUri,
      scope: SCOPE,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url: url.href, state, nonce, codeVerifier };
  }

  /** The callback's code exchanged for tokens, after checking state, issuer, PKCE and the ID token's nonce. */
  async exchange(callbackUrl: URL, expected: { state: string; nonce: string; codeVerifier: string }): Promise<IssuedTokens> {
    const { client, config } = await this.discovered();
    try {
      const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: expected.codeVerifier,
        expectedState: expected.state,
        expectedNonce: expected.nonce,
        idTokenExpected: true,
      });
      return { accessToken: tokens.access_token, expiresInSeconds: tokens.expiresIn(), refreshToken: tokens.refresh_token, idToken: tokens.id_token };
    } catch (error) {
      if (error instanceof client.AuthorizationResponseError) {
        const cancelled = error.error === 'access_denied';
        throw new SignInFailed(error.error_description ?? error.error, error.error, cancelled);
      }
      if (error instanceof client.ResponseBodyError) throw new SignInFailed(error.error_description ?? error.error, error.error);
      throw new SignInFailed(error instanceof Error ? error.message : String(error), 'invalid_response');
    }
  }

  async refresh(refreshToken: string): Promise<IssuedTokens> {
    const { client, config } = await this.discovered();
    try {
      const tokens = await client.refreshTokenGrant(config, refreshToken);
      return { accessToken: tokens.access_token, expiresInSeconds: tokens.expiresIn(), refreshToken: tokens.refresh_token, idToken: tokens.id_token };
    } catch (error) {
      if (error instanceof client.ResponseBodyError) throw new RefreshRefused(`${error.error}: ${error.error_description ?? ''}`);
      throw error;
    }
  }

  /** Best effort: the provider forgets the refresh token now rather than at its expiry (when it offers revocation). */
  async revoke(refreshToken: string): Promise<void> {
    try {
      const { client, config } = await this.discovered();
      if (config.serverMetadata().revocation_endpoint) await client.tokenRevocation(config, refreshToken, { token_type_hint: 'refresh_token' });
    } catch {
      // the session is gone here either way; the token expires at the provider
    }
  }

  /** Where to send the browser to sign out at the provider too; `/` when it offers no sign-out or cannot be reached. */
  async endSessionUrl(idToken: string | null): Promise<string> {
    const home = `${this.settings.base}/`;
    try {
      const { client, config } = await this.discovered();
      if (!config.serverMetadata().end_session_endpoint) return home;
      const parameters: Record<string, string> = { post_logout_redirect_uri: home, client_id: this.settings.clientId };
      if (idToken) parameters.id_token_hint = idToken;
      return client.buildEndSessionUrl(config, parameters).href;
    } catch {
      return home;
    }
  }

  private discovered(): Promise<{ client: OpenIdClient; config: Configuration }> {
    this.configuration ??= (async () => {
      const client = await loadOpenIdClient();
      const { issuer, clientId, clientSecret } = this.settings;
      const authentication = clientSecret ? client.ClientSecretBasic(clientSecret) : client.None();
      // The demo provider and a provider on the local network speak plain http; the settings name it explicitly.
      const execute = issuer.startsWith('http:') ? [client.allowInsecureRequests] : [];
      const config = await client.discovery(new URL(issuer), clientId, undefined, authentication, { execute, timeout: 10 });
      return { client, config };
    })().catch((error: unknown) => {
      this.configuration = null; // ask again next time: the provider may just not be up yet
      throw new SignInFailed(
        `The sign-in provider at ${this.settings.issuer} could not be reached (${error instanceof Error ? error.message : error}).`,
        'unreachable',
      );
    });
    return this.configuration;
  }
}
