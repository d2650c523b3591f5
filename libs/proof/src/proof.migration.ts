import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The global Merkle tree over the event log: one leaf per event in log order, every complete aligned subtree's hash
 * (level, index) so any root or proof is a handful of lookups, the follower's position, and the checkpoints signed.
 */
export class ProofTree1763860000150 implements MigrationInterface {
  name = 'ProofTree1763860000150';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE SCHEMA IF NOT EXISTS proof`);
    await runner.query(`CREATE TABLE proof.leaves (
      idx bigint PRIMARY KEY,
      event_id uuid NOT NULL UNIQUE,
      stream_id text NOT NULL,
      stream_revision integer NOT NULL,
      event_hash bytea NOT NULL)`);
    await runner.query(`CREATE INDEX leaves_by_stream ON proof.leaves (stream_id, stream_revision)`);
    await runner.query(`CREATE TABLE proof.nodes (
      level smallint NOT NULL,
      idx bigint NOT NULL,
      hash bytea NOT NULL,
      PRIMARY KEY (level, idx))`);
    await runner.query(`CREATE TABLE proof.tree_state (
      id boolean PRIMARY KEY DEFAULT true CHECK (id),
      tree_size bigint NOT NULL,
      commit_position xid8 NOT NULL,
      prepare_position bigint NOT NULL,
      updated_at timestamptz NOT NULL)`);
    await runner.query(`INSERT INTO proof.tree_state VALUES (true, 0, '0'::xid8, 0, now())`);
    await runner.query(`CREATE TABLE proof.checkpoints (
      tree_size bigint PRIMARY KEY,
      root bytea NOT NULL,
      note text NOT NULL,
      signed_at timestamptz NOT NULL)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP SCHEMA proof CASCADE');
  }
}
