import { accessTokenExpiry, IssuedTokens, RefreshRefused, SessionRecord, SessionTable, sessionKey, TokenRefresher, WebSessionStore } from './session-store';

/** The table as a map; `update` runs one change at a time per row, as the row lock does. */
class MemoryTable implements SessionTable {
  readonly rows = new Map<string, SessionRecord>();
  private locks = new Map<string, Promise<void>>();
  async insert(id: string, record: SessionRecord) {
    this.rows.set(id, record);
  }
  async find(id: string) {
    return this.rows.get(id) ?? null;
  }
  async update(id: string, change: (current: SessionRecord | null) => Promise<SessionRecord | null>) {
    const before = this.locks.get(id) ?? Promise.resolve();
    const run = before.then(async () => {
      const next = await change(this.rows.get(id) ?? null);
      if (next) this.rows.set(id, next);
      else this.rows.delete(id);
    });
    this.locks.set(id, run);
    await run;
  }
  async delete(id: string) {
    const row = this.rows.get(id) ?? null;
    this.rows.delete(id);
    return row;
  }
  async deleteExpired(now: Date) {
    let count = 0;
    for (const [id, row] of this.rows) if (row.expiresAt <= now && this.rows.delete(id)) count++;
    return count;
  }
}

class FakeProvider implements TokenRefresher {
  calls: string[] = [];
  answer: () => Promise<IssuedTokens> = async () => ({
    accessToken: `access-${this.calls.length}`,
    expiresInSeconds: 900,
    refreshToken: `refresh-${this.calls.length}`,
  });
  async refresh(refreshToken: string) {
    this.calls.push(refreshToken);
    await new Promise((resolve) => setTimeout(resolve, 5));
    return this.answer();
  }
}

const MINUTE = 60_000;

describe('the pages’ session store', () => {
  let now: Date;
  let table: MemoryTable;
  let provider: FakeProvider;
  let store: WebSessionStore;
  const later = (ms: number) => (now = new Date(now.getTime() + ms));

  beforeEach(() => {
    now = new Date('2026-03-02T08:00:00Z');
    table = new MemoryTable();
    provider = new FakeProvider();
    store = new WebSessionStore(table, provider, { ttlHours: 10, refreshAheadSeconds: 60, now: () => now });
  });

  const signIn = (tokens: Partial<IssuedTokens> = {}) =>
    store.open('ST-DEMO01', { accessToken: 'access-0', expiresInSeconds: 900, refreshToken: 'refresh-0', idToken: 'id-0', ...tokens });

  it('gives the browser a random 256-bit reference and keeps only its hash', async () => {
    const { cookieValue, expiresAt } = await signIn();
    expect(cookieValue).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(cookieValue, 'base64url')).toHaveLength(32);
    expect(expiresAt).toEqual(new Date('2026-03-02T18:00:00Z'));
    expect([...table.rows.keys()]).toEqual([sessionKey(cookieValue)]);
    expect(table.rows.has(cookieValue)).toBe(false);
    expect(await store.accessTokenFor(cookieValue)).toBe('access-0');
  });

  it('knows no forged, unknown or malformed reference', async () => {
    await signIn();
    for (const forged of ['', 'x', 'not a session', 'A'.repeat(43), `${'a'.repeat(42)}=`, 'a'.repeat(200)])
      expect(await store.accessTokenFor(forged)).toBeNull();
    expect(provider.calls).toEqual([]);
  });

  it('hands out the access token as it is while it has more than a minute left', async () => {
    const { cookieValue } = await signIn();
    later(13 * MINUTE);
    expect(await store.accessTokenFor(cookieValue)).toBe('access-0');
    expect(provider.calls).toEqual([]);
  });

  it('refreshes shortly before the access token expires, keeping the rotated refresh token', async () => {
    const { cookieValue } = await signIn();
    later(14 * MINUTE + 30_000);
    expect(await store.accessTokenFor(cookieValue)).toBe('access-1');
    expect(provider.calls).toEqual(['refresh-0']);
    const row = table.rows.get(sessionKey(cookieValue)!)!;
    expect(row).toMatchObject({ accessToken: 'access-1', refreshToken: 'refresh-1', idToken: 'id-0', refreshedAt: now });
    expect(row.accessTokenExpiresAt).toEqual(new Date(now.getTime() + 15 * MINUTE));
    expect(row.expiresAt).toEqual(new Date('2026-03-02T18:00:00Z')); // refreshing never lengthens the sign-in
    later(10 * MINUTE);
    expect(await store.accessTokenFor(cookieValue)).toBe('access-1');
    expect(provider.calls).toHaveLength(1);
  });

  it('refreshes once when many requests ask at the same time (a reused refresh token would end the grant)', async () => {
    const { cookieValue } = await signIn();
    later(15 * MINUTE);
    const tokens = await Promise.all(Array.from({ length: 8 }, () => store.accessTokenFor(cookieValue)));
    expect(new Set(tokens)).toEqual(new Set(['access-1']));
    expect(provider.calls).toEqual(['refresh-0']);
  });

  it('refreshes once when another process refreshed the row first', async () => {
    const { cookieValue } = await signIn();
    const other = new WebSessionStore(table, provider, { ttlHours: 10, now: () => now });
    later(15 * MINUTE);
    const [mine, theirs] = await Promise.all([store.accessTokenFor(cookieValue), other.accessTokenFor(cookieValue)]);
    expect([mine, theirs]).toEqual(['access-1', 'access-1']);
    expect(provider.calls).toEqual(['refresh-0']);
  });

  it('ends the session when the provider refuses the refresh token', async () => {
    const { cookieValue } = await signIn();
    provider.answer = async () => {
      throw new RefreshRefused('invalid_grant: grant request is invalid');
    };
    later(15 * MINUTE);
    expect(await store.accessTokenFor(cookieValue)).toBeNull();
    expect(table.rows.size).toBe(0);
  });

  it('keeps the session while the provider cannot be reached, handing out the token only while it is valid', async () => {
    const { cookieValue } = await signIn();
    provider.answer = async () => {
      throw new Error('connect ECONNREFUSED');
    };
    later(14 * MINUTE + 30_000);
    expect(await store.accessTokenFor(cookieValue)).toBe('access-0');
    later(MINUTE);
    expect(await store.accessTokenFor(cookieValue)).toBeNull();
    expect(table.rows.size).toBe(1);
    provider.answer = async () => ({ accessToken: 'access-back', expiresInSeconds: 900 });
    expect(await store.accessTokenFor(cookieValue)).toBe('access-back');
    expect(table.rows.get(sessionKey(cookieValue)!)!.refreshToken).toBe('refresh-0'); // none rotated in: the old one stays
  });

  it('without a refresh token, lasts as long as the access token', async () => {
    const { cookieValue } = await signIn({ refreshToken: undefined });
    later(14 * MINUTE + 30_000);
    expect(await store.accessTokenFor(cookieValue)).toBe('access-0');
    later(MINUTE);
    expect(await store.accessTokenFor(cookieValue)).toBeNull();
    expect(table.rows.size).toBe(0);
    expect(provider.calls).toEqual([]);
  });

  it('ends at VIGIL_SESSION_TTL_HOURS, whatever the tokens would allow', async () => {
    const { cookieValue } = await signIn({ expiresInSeconds: 24 * 3600 });
    later(10 * 60 * MINUTE - 1);
    expect(await store.accessTokenFor(cookieValue)).toBe('access-0');
    later(1);
    expect(await store.accessTokenFor(cookieValue)).toBeNull();
    expect(table.rows.size).toBe(0);
  });

  it('signs out: the session is gone and its ID token is handed back for the provider’s sign-out', async () => {
    const { cookieValue } = await signIn();
    expect(await store.end(cookieValue)).toMatchObject({ staffRef: 'ST-DEMO01', idToken: 'id-0' });
    expect(await store.accessTokenFor(cookieValue)).toBeNull();
    expect(await store.end(cookieValue)).toBeNull();
  });

  it('clears expired sessions when the next one opens', async () => {
    await signIn();
    later(11 * 60 * MINUTE);
    await signIn();
    expect(table.rows.size).toBe(1);
  });

  it('reads the access token’s lifetime from expires_in, else from the JWT’s exp', () => {
    const at = new Date('2026-03-02T08:00:00Z');
    expect(accessTokenExpiry({ accessToken: 'opaque', expiresInSeconds: 300 }, at)).toEqual(new Date('2026-03-02T08:05:00Z'));
    const jwt = `e30.${Buffer.from(JSON.stringify({ exp: Date.parse('2026-03-02T09:00:00Z') / 1000 })).toString('base64url')}.sig`;
    expect(accessTokenExpiry({ accessToken: jwt }, at)).toEqual(new Date('2026-03-02T09:00:00Z'));
    expect(accessTokenExpiry({ accessToken: 'opaque' }, at)).toEqual(new Date('2026-03-02T08:05:00Z'));
  });
});
