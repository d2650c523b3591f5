import { DataSource } from 'typeorm';

/** What oidc-provider stores for a session, code, grant or token (see its Adapter interface). */
export type StoredPayload = Record<string, unknown> & { grantId?: string; uid?: string; userCode?: string };

/** Models whose records a grant owns: revoking the grant (a sign-out, a reused refresh token) deletes them. */
const GRANTABLE = new Set(['AccessToken', 'AuthorizationCode', 'RefreshToken', 'DeviceCode', 'BackchannelAuthenticationRequest']);

/**
 * oidc-provider's storage in the `demo_oidc_record` table, so the demo provider's sessions, grants and refresh
 * tokens outlive a restart of `npm start` (its in-memory default would sign everyone out). One class per DataSource.
 */
export function postgresAdapter(dataSource: DataSource) {
  let writes = 0;
  return class DemoOidcAdapter {
    constructor(private readonly model: string) {}

    async upsert(id: string, payload: StoredPayload, expiresIn?: number): Promise<void> {
      await dataSource.query(
        `INSERT INTO demo_oidc_record (model, id, payload, grant_id, uid, user_code, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $7::integer IS NULL THEN NULL ELSE now() + make_interval(secs => $7::integer) END)
         ON CONFLICT (model, id) DO UPDATE SET payload = EXCLUDED.payload, grant_id = EXCLUDED.grant_id, uid = EXCLUDED.uid,
           user_code = EXCLUDED.user_code, expires_at = EXCLUDED.expires_at`,
        [
          this.model,
          id,
          JSON.stringify(payload),
          GRANTABLE.has(this.model) ? (payload.grantId ?? null) : null,
          payload.uid ?? null,
          payload.userCode ?? null,
          expiresIn ?? null,
        ],
      );
      // Expired records go now and then, not on every write.
      if (++writes % 100 === 0) await dataSource.query('DELETE FROM demo_oidc_record WHERE expires_at <= now()');
    }

    find(id: string): Promise<StoredPayload | undefined> {
      return this.one('id = $2', id);
    }

    findByUid(uid: string): Promise<StoredPayload | undefined> {
      return this.one('uid = $2', uid);
    }

    findByUserCode(userCode: string): Promise<StoredPayload | undefined> {
      return this.one('user_code = $2', userCode);
    }

    async consume(id: string): Promise<void> {
      await dataSource.query('UPDATE demo_oidc_record SET consumed_at = now() WHERE model = $1 AND id = $2', [this.model, id]);
    }

    async destroy(id: string): Promise<void> {
      await dataSource.query('DELETE FROM demo_oidc_record WHERE model = $1 AND id = $2', [this.model, id]);
    }

    async revokeByGrantId(grantId: string): Promise<void> {
      await dataSource.query('DELETE FROM demo_oidc_record WHERE grant_id = $1', [grantId]);
    }

    private async one(where: string, value: string): Promise<StoredPayload | undefined> {
      const rows: { payload: StoredPayload; consumed: number | null }[] = await dataSource.query(
        `SELECT payload, floor(extract(epoch FROM consumed_at))::integer AS consumed FROM demo_oidc_record
         WHERE model = $1 AND ${where} AND (expires_at IS NULL OR expires_at > now())`,
        [this.model, value],
      );
      const row = rows[0];
      if (!row) return undefined;
      return row.consumed === null ? row.payload : { ...row.payload, consumed: row.consumed };
    }
  };
}
