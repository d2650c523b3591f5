import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The pages' sessions (server-side: the browser holds only a random reference in an HttpOnly cookie), sign-ins
 * under way between the redirect to the provider and its answer, and the demo provider's own records (its
 * sessions, codes, grants and refresh tokens, so a restart of `npm start` keeps everyone signed in).
 */
export class WebSignInTables1763860000080 implements MigrationInterface {
  name = 'WebSignInTables1763860000080';

  async up(runner: QueryRunner): Promise<void> {
    // id is the SHA-256 of the cookie's random 256-bit value: a copy of this table names no usable cookie.
    await runner.query(`CREATE TABLE web_session (
      id text PRIMARY KEY,
      staff_ref text NOT NULL,
      access_token text NOT NULL,
      access_token_expires_at timestamptz NOT NULL,
      refresh_token text,
      id_token text,
      expires_at timestamptz NOT NULL,
      created_at timestamptz NOT NULL,
      refreshed_at timestamptz)`);
    await runner.query('CREATE INDEX web_session_expires_at ON web_session (expires_at)');
    await runner.query(`CREATE TABLE web_sign_in (
      state_hash text PRIMARY KEY,
      nonce text NOT NULL,
      code_verifier text NOT NULL,
      return_to text NOT NULL,
      expires_at timestamptz NOT NULL)`);
    await runner.query(`CREATE TABLE demo_oidc_record (
      model text NOT NULL,
      id text NOT NULL,
      payload jsonb NOT NULL,
      grant_id text,
      uid text,
      user_code text,
      expires_at timestamptz,
      consumed_at timestamptz,
      PRIMARY KEY (model, id))`);
    await runner.query('CREATE INDEX demo_oidc_record_grant ON demo_oidc_record (grant_id) WHERE grant_id IS NOT NULL');
    await runner.query('CREATE INDEX demo_oidc_record_uid ON demo_oidc_record (uid) WHERE uid IS NOT NULL');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE demo_oidc_record');
    await runner.query('DROP TABLE web_sign_in');
    await runner.query('DROP TABLE web_session');
  }
}
