import { createHash, randomBytes } from 'node:crypto';
import { WebSessions } from '@vigil/identity';

/** One signed-in browser: the person's tokens, kept on the server; the browser holds only the session's random reference. */
export interface SessionRecord {
  readonly staffRef: string;
  readonly accessToken: string;
  readonly accessTokenExpiresAt: Date;
  readonly refreshToken: string | null;
  readonly idToken: string | null;
  /** The end of the sign-in, whatever refreshing would allow (VIGIL_SESSION_TTL_HOURS after it began). */
  readonly expiresAt: Date;
  readonly createdAt: Date;
  readonly refreshedAt: Date | null;
}

/** Where sessions are kept (PostgreSQL in the app, a map in the unit test). `id` is the hash of the cookie's value. */
export interface SessionTable {
  insert(id: string, record: SessionRecord): Promise<void>;
  find(id: string): Promise<SessionRecord | null>;
  /** Hands the row to `change` while no other refresh (in any process) can touch it; stores what comes back, deletes on null. */
  update(id: string, change: (current: SessionRecord | null) => Promise<SessionRecord | null>): Promise<void>;
  delete(id: string): Promise<SessionRecord | null>;
  deleteExpired(now: Date): Promise<number>;
}

/** What the provider's token endpoint answered. */
export interface IssuedTokens {
  readonly accessToken: string;
  readonly expiresInSeconds?: number;
  readonly refreshToken?: string;
  readonly idToken?: string;
}

/** The provider refused the refresh token (revoked, expired, signed out there): the session is over. */
export class RefreshRefused extends Error {}

export interface TokenRefresher {
  /** New tokens for a refresh token; RefreshRefused when the provider says no, any other error when it cannot be asked. */
  refresh(refreshToken: string): Promise<IssuedTokens>;
}

export interface SessionStoreOptions {
  readonly ttlHours: number;
  /** Refresh this long before the access token expires, so a request never carries one that expires on the way. */
  readonly refreshAheadSeconds?: number;
  readonly now?: () => Date;
}

const COOKIE_VALUE = /^[A-Za-z0-9_-]{43}$/;
const FALLBACK_ACCESS_SECONDS = 300;

/** The session's key in the table: the SHA-256 of the cookie value, or null for a value no session could have. */
export function sessionKey(cookieValue: string): string | null {
  return COOKIE_VALUE.test(cookieValue) ? createHash('sha256').update(cookieValue).digest('base64url') : null;
}

/** When the access token expires: expires_in when the provider said it, else the JWT's exp, else in five minutes. */
export function accessTokenExpiry(tokens: IssuedTokens, now: Date): Date {
  if (tokens.expiresInSeconds !== undefined && tokens.expiresInSeconds > 0) return new Date(now.getTime() + tokens.expiresInSeconds * 1000);
  try {
    const exp = (JSON.parse(Buffer.from(tokens.accessToken.split('.')[1] ?? '', 'base64url').toString('utf8')) as { exp?: unknown }).exp;
    if (typeof exp === 'number') return new Date(exp * 1000);
  } catch {
    // an opaque token: fall through
  }
  return new Date(now.getTime() + FALLBACK_ACCESS_SECONDS * 1000);
}

/**
 * The pages' sessions: opened at the sign-in callback, asked by the AuthGuard for the access token on every request
 * (refreshed with the refresh token shortly before it expires, once even when many requests ask at the same time),
 * ended at sign-out, at VIGIL_SESSION_TTL_HOURS, or when the provider refuses to refresh.
 */
export class WebSessionStore implements WebSessions {
  private readonly refreshing = new Map<string, Promise<string | null>>();
  private readonly now: () => Date;
  private readonly refreshAheadMs: number;

  constructor(
    private readonly table: SessionTable,
    private readonly refresher: TokenRefresher,
    private readonly options: SessionStoreOptions,
  ) {
    this.now = options.now ?? (() => new Date());
    this.refreshAheadMs = (options.refreshAheadSeconds ?? 60) * 1000;
  }

  /** A new session for these tokens; the value goes into the cookie and nowhere else. */
  async open(staffRef: string, tokens: IssuedTokens): Promise<{ cookieValue: string; expiresAt: Date }> {
    const now = this.now();
    await this.table.deleteExpired(now);
    const cookieValue = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + this.options.ttlHours * 3_600_000);
    await this.table.insert(sessionKey(cookieValue)!, {
      staffRef,
      accessToken: tokens.accessToken,
      accessTokenExpiresAt: accessTokenExpiry(tokens, now),
      refreshToken: tokens.refreshToken ?? null,
      idToken: tokens.idToken ?? null,
      expiresAt,
      createdAt: now,
      refreshedAt: null,
    });
    return { cookieValue, expiresAt };
  }

  async accessTokenFor(cookieValue: string): Promise<string | null> {
    const id = sessionKey(cookieValue);
    if (!id) return null;
    const session = await this.table.find(id);
    if (!session) return null;
    const now = this.now();
    if (session.expiresAt <= now) {
      await this.table.delete(id);
      return null;
    }
    if (this.fresh(session, now)) return session.accessToken;
    let pending = this.refreshing.get(id);
    if (!pending) {
      pending = this.refresh(id).finally(() => this.refreshing.delete(id));
      this.refreshing.set(id, pending);
    }
    return pending;
  }

  /** Ends the session; answers what it held (the ID token names the person at the provider's sign-out). */
  async end(cookieValue: string): Promise<SessionRecord | null> {
    const id = sessionKey(cookieValue);
    return id ? this.table.delete(id) : null;
  }

  private fresh(session: SessionRecord, now: Date): boolean {
    return session.accessTokenExpiresAt.getTime() - now.getTime() > this.refreshAheadMs;
  }

  private async refresh(id: string): Promise<string | null> {
    let token: string | null = null;
    await this.table.update(id, async (current) => {
      const now = this.now();
      if (!current || current.expiresAt <= now) return null;
      // Another request (or another process) refreshed it while this one waited for the row.
      if (this.fresh(current, now)) {
        token = current.accessToken;
        return current;
      }
      const stillValid = current.accessTokenExpiresAt > now ? current.accessToken : null;
      if (!current.refreshToken) {
        token = stillValid;
        return stillValid ? current : null;
      }
      try {
        const tokens = await this.refresher.refresh(current.refreshToken);
        token = tokens.accessToken;
        return {
          ...current,
          accessToken: tokens.accessToken,
          accessTokenExpiresAt: accessTokenExpiry(tokens, now),
          refreshToken: tokens.refreshToken ?? current.refreshToken,
          idToken: tokens.idToken ?? current.idToken,
          refreshedAt: now,
        };
      } catch (error) {
        if (error instanceof RefreshRefused) return null;
        // The provider cannot be asked now: keep the session, and its token while that lasts; the next request tries again.
        token = stillValid;
        return current;
      }
    });
    return token;
  }
}
