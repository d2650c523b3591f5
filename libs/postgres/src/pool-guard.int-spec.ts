import { Pool } from 'pg';
import { POOL_GUARD } from './pool-guard';

const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

describe('POOL_GUARD', () => {
  it('keeps a connection terminated the moment it is handed out from crashing the process; the borrower learns on its next query', async () => {
    const guarded = new Pool({ connectionString: url, max: 1, ...POOL_GUARD });
    guarded.on('error', () => undefined);
    try {
      const client = await guarded.connect();
      // What pg does when the server's termination arrives in the same read as the connection's readiness: nobody listens yet.
      expect(() => client.emit('error', Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))).not.toThrow();
      await client.query(`SELECT pg_terminate_backend(pg_backend_pid())`).catch(() => undefined);
      await expect(client.query('SELECT 1')).rejects.toThrow();
      client.release(true);
      expect((await guarded.query<{ one: number }>('SELECT 1 AS one')).rows[0].one).toBe(1);
    } finally {
      await guarded.end();
    }
  });

  it('is needed: without it the same error is thrown to whoever emitted it', async () => {
    const bare = new Pool({ connectionString: url, max: 1 });
    try {
      const client = await bare.connect();
      expect(() => client.emit('error', new Error('terminating connection due to administrator command'))).toThrow('terminating connection');
      client.release(true);
    } finally {
      await bare.end();
    }
  });
});
