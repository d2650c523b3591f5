import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { SessionRecord, SessionTable } from './session-store';

interface SessionRow {
  staff_ref: string;
  access_token: string;
  access_token_expires_at: Date;
  refresh_token: string | null;
  id_token: string | null;
  expires_at: Date;
  created_at: Date;
  refreshed_at: Date | null;
}

const COLUMNS = 'staff_ref, access_token, access_token_expires_at, refresh_token, id_token, expires_at, created_at, refreshed_at';

const toRecord = (row: SessionRow): SessionRecord => ({
  staffRef: row.staff_ref,
  accessToken: row.access_token,
  accessTokenExpiresAt: new Date(row.access_token_expires_at),
  refreshToken: row.refresh_token,
  idToken: row.id_token,
  expiresAt: new Date(row.expires_at),
  createdAt: new Date(row.created_at),
  refreshedAt: row.refreshed_at ? new Date(row.refreshed_at) : null,
});

const values = (r: SessionRecord) => [r.staffRef, r.accessToken, r.accessTokenExpiresAt, r.refreshToken, r.idToken, r.expiresAt, r.createdAt, r.refreshedAt];

/** The `web_session` table. */
export class PostgresSessionTable implements SessionTable {
  constructor(private readonly dataSource: DataSource) {}

  async insert(id: string, record: SessionRecord): Promise<void> {
    await this.dataSource.query(`INSERT INTO web_session (id, ${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`, [id, ...values(record)]);
  }

  async find(id: string): Promise<SessionRecord | null> {
    const rows: SessionRow[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM web_session WHERE id = $1`, [id]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async update(id: string, change: (current: SessionRecord | null) => Promise<SessionRecord | null>): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const rows: SessionRow[] = await manager.query(`SELECT ${COLUMNS} FROM web_session WHERE id = $1 FOR UPDATE`, [id]);
      const next = await change(rows[0] ? toRecord(rows[0]) : null);
      if (!rows[0]) return;
      if (!next) await manager.query('DELETE FROM web_session WHERE id = $1', [id]);
      else await manager.query(`UPDATE web_session SET (${COLUMNS}) = ($2, $3, $4, $5, $6, $7, $8, $9) WHERE id = $1`, [id, ...values(next)]);
    });
  }

  async delete(id: string): Promise<SessionRecord | null> {
    const [rows] = (await this.dataSource.query(`DELETE FROM web_session WHERE id = $1 RETURNING ${COLUMNS}`, [id])) as [SessionRow[], number];
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async deleteExpired(now: Date): Promise<number> {
    const [, count] = (await this.dataSource.query('DELETE FROM web_session WHERE expires_at <= $1', [now])) as [unknown, number];
    await this.dataSource.query('DELETE FROM web_sign_in WHERE expires_at <= $1', [now]);
    return count;
  }
}

/** A sign-in under way: what the callback must check (state, nonce, PKCE verifier) and where the person goes next. */
export interface PendingSignIn {
  readonly nonce: string;
  readonly codeVerifier: string;
  readonly returnTo: string;
}

const stateHash = (state: string) => createHash('sha256').update(state).digest('base64url');

/** The `web_sign_in` table: one row per redirect to the provider, taken (once) by its callback within ten minutes. */
export class PostgresPendingSignIns {
  constructor(private readonly dataSource: DataSource) {}

  async put(state: string, pending: PendingSignIn, ttlSeconds = 600): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO web_sign_in (state_hash, nonce, code_verifier, return_to, expires_at) VALUES ($1, $2, $3, $4, now() + make_interval(secs => $5))`,
      [stateHash(state), pending.nonce, pending.codeVerifier, pending.returnTo, ttlSeconds],
    );
  }

  async take(state: string): Promise<PendingSignIn | null> {
    const [rows] = (await this.dataSource.query(
      'DELETE FROM web_sign_in WHERE state_hash = $1 RETURNING nonce, code_verifier, return_to, expires_at > now() AS live',
      [stateHash(state)],
    )) as [{ nonce: string; code_verifier: string; return_to: string; live: boolean }[], number];
    const row = rows[0];
    return row?.live ? { nonce: row.nonce, codeVerifier: row.code_verifier, returnTo: row.return_to } : null;
  }
}
