import { said, Words } from '@vigil/event-sourcing';
import { createRemoteJWKSet, errors, JWTPayload, jwtVerify } from 'jose';
import { ClaimsError, principalFrom } from './claims';
import { Principal } from './principal';

const MAX_CHECKED = 10_000;

export interface TokenVerifierOptions {
  /** The issuer URL; its discovery document names the JWKS. */
  readonly issuer: string;
  readonly audience: string;
  /** Seconds of clock difference tolerated on exp and nbf. */
  readonly clockToleranceSeconds?: number;
}

/** Why a token was refused: `reason` in English for logs and programs, `words` for the person in their language. */
export class TokenRejected extends Error {
  constructor(
    readonly reason: string,
    readonly field = 'Authorization',
    readonly words?: Words,
  ) {
    super(reason);
  }
}

const CLAIM_WORDS: Record<string, string> = {
  'must be a pseudonymous staff reference such as ST-7K3Q9P': 'token.claim.staff-ref',
  'names one of Vigil’s own machine actors, which no person may act as': 'token.claim.machine-actor',
  'must be a list of roles': 'token.claim.roles',
  'must be national, area:<area> or institution:<institution>': 'token.claim.unit',
  'names no area or institution in the organisation catalogue': 'token.claim.unit-unknown',
};

/** Checks an access token: signature by the issuer's published keys, issuer, audience, expiry and not-before; then its claims. */
export class TokenVerifier {
  private keys: ReturnType<typeof createRemoteJWKSet> | null = null;
  /** Tokens already checked, until they expire: a page sends the same token many times, and a signature check costs. */
  private readonly checked = new Map<string, Principal & { expiresAt: number }>();

  constructor(private readonly options: TokenVerifierOptions) {}

  async verify(token: string): Promise<Principal & { expiresAt: number }> {
    const known = this.checked.get(token);
    if (known && known.expiresAt * 1000 > Date.now()) return known;
    this.checked.delete(token);
    const principal = await this.check(token);
    if (this.checked.size >= MAX_CHECKED) this.checked.delete(this.checked.keys().next().value!); // the oldest goes first
    this.checked.set(token, principal);
    return principal;
  }

  private async check(token: string): Promise<Principal & { expiresAt: number }> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, await this.jwks(), {
        issuer: this.options.issuer,
        audience: this.options.audience,
        clockTolerance: this.options.clockToleranceSeconds ?? 30,
        requiredClaims: ['exp'],
      }));
    } catch (error) {
      throw new TokenRejected(reasonFor(error), undefined, wordsFor(error));
    }
    try {
      return { ...principalFrom(payload as Record<string, unknown>), expiresAt: payload.exp! };
    } catch (error) {
      if (error instanceof ClaimsError)
        throw new TokenRejected(
          `The token's claim ${error.claim} ${error.message}.`,
          error.claim,
          said(CLAIM_WORDS[error.message] ?? 'token.claim-wrong', { claim: error.claim }),
        );
      throw error;
    }
  }

  /** The JWKS named by the issuer's discovery document, fetched once and refreshed by jose when keys rotate. */
  private async jwks(): Promise<ReturnType<typeof createRemoteJWKSet>> {
    if (this.keys) return this.keys;
    const url = `${this.options.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
    const response = await fetch(url).catch((error: Error) => {
      throw new TokenRejected(
        `The identity provider could not be reached to check the token (${error.message}).`,
        undefined,
        said('token.provider-unreachable'),
      );
    });
    if (!response.ok)
      throw new TokenRejected(`The identity provider's discovery document answered ${response.status}.`, undefined, said('token.provider-discovery'));
    const discovery = (await response.json()) as { jwks_uri?: string };
    if (!discovery.jwks_uri)
      throw new TokenRejected("The identity provider's discovery document names no jwks_uri.", undefined, said('token.provider-discovery'));
    this.keys = createRemoteJWKSet(new URL(discovery.jwks_uri));
    return this.keys;
  }
}

function reasonFor(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'The token has expired; sign in again.';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'nbf') return 'The token is not valid yet (nbf).';
    if (error.claim === 'iss') return 'The token was issued by another identity provider than the one Vigil trusts (iss).';
    if (error.claim === 'aud') return 'The token is not meant for Vigil (aud).';
    return `The token's ${error.claim} claim is wrong: ${error.reason}.`;
  }
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey)
    return 'The token is not signed by the identity provider Vigil trusts.';
  if (error instanceof TokenRejected) return error.reason;
  return 'The token could not be read as a signed JWT.';
}

/** The same reasons as words for a person (libs/i18n's `token.*` messages). */
function wordsFor(error: unknown): Words {
  if (error instanceof errors.JWTExpired) return said('token.expired');
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'nbf') return said('token.not-yet-valid');
    if (error.claim === 'iss') return said('token.wrong-issuer');
    if (error.claim === 'aud') return said('token.wrong-audience');
    return said('token.claim-wrong', { claim: error.claim });
  }
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey) return said('token.not-signed');
  if (error instanceof TokenRejected && error.words) return error.words;
  return said('token.unreadable');
}
