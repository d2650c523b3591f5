/**
 * The PostgreSQL event store's schema, applied by a TypeORM migration and by the contract tests.
 * Global order is (transaction_id, global_position), read only below the oldest running
 * transaction, so a reader never passes an event that commits later with a lower position.
 */
export const EVENT_STORE_SCHEMA = 'event_store';

/** Advisory-lock namespace for per-stream append locks ("VIGL"). */
export const STREAM_LOCK_NAMESPACE = 1447645516;

export const CREATE_EVENT_STORE_SQL = `
CREATE SCHEMA IF NOT EXISTS event_store;

CREATE TABLE IF NOT EXISTS event_store.events (
  global_position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  transaction_id  xid8 NOT NULL DEFAULT pg_current_xact_id(),
  event_id        uuid NOT NULL UNIQUE,
  stream_id       text NOT NULL,
  category        text NOT NULL,
  stream_revision integer NOT NULL,
  type            text NOT NULL,
  data            jsonb NOT NULL,
  metadata        jsonb NOT NULL,
  recorded_at     timestamptz NOT NULL,
  previous_hash   bytea,
  hash            bytea NOT NULL,
  UNIQUE (stream_id, stream_revision)
);
CREATE INDEX IF NOT EXISTS events_global_order ON event_store.events (transaction_id, global_position);
CREATE INDEX IF NOT EXISTS events_category_order ON event_store.events (category, transaction_id, global_position);

-- Stored events are immutable: ordinary roles cannot update, delete or truncate them.
CREATE OR REPLACE FUNCTION event_store.forbid_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'event_store.events is append-only (% refused)', TG_OP USING ERRCODE = 'VG900';
END $$;
DROP TRIGGER IF EXISTS events_append_only ON event_store.events;
CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON event_store.events
  FOR EACH ROW EXECUTE FUNCTION event_store.forbid_change();
DROP TRIGGER IF EXISTS events_no_truncate ON event_store.events;
CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON event_store.events
  FOR EACH STATEMENT EXECUTE FUNCTION event_store.forbid_change();

-- The bytes a hash covers; the verifier in TypeScript rebuilds the same text independently. PL/pgSQL, not SQL: a SQL
-- function whose body is not immutable (concat_ws) is not inlined, and PL/pgSQL re-plans such a call in every
-- transaction (about 45 µs an append); a PL/pgSQL function's plan lasts the session.
CREATE OR REPLACE FUNCTION event_store.hash_event(
  previous_hash bytea, stream_id text, revision integer, event_id uuid, type text, data jsonb, metadata jsonb
) RETURNS bytea LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  RETURN sha256(coalesce(previous_hash, ''::bytea) || convert_to(
    concat_ws(E'\\n', stream_id, revision::text, event_id::text, type, data::text, metadata::text), 'UTF8'));
END $$;

-- One append's expected-revision check and writes, its stream's lock held and its ids known to be new.
CREATE OR REPLACE FUNCTION event_store.append_write(
  p_stream_id text, p_expected text, p_events jsonb, p_recorded_at timestamptz,
  OUT outcome text, OUT next_revision integer, OUT commit_position text, OUT prepare_position bigint, OUT detail text, OUT hint text
) LANGUAGE plpgsql AS $$
DECLARE
  v_current integer;
  v_hash bytea;
  v_previous bytea;
  v_event jsonb;
  v_revision integer;
BEGIN
  SELECT e.stream_revision, e.hash INTO v_current, v_hash
    FROM event_store.events e WHERE e.stream_id = p_stream_id ORDER BY e.stream_revision DESC LIMIT 1;

  IF (p_expected = 'no-stream' AND v_current IS NOT NULL)
     OR (p_expected = 'stream-exists' AND v_current IS NULL)
     OR (p_expected ~ '^[0-9]+$' AND v_current IS DISTINCT FROM p_expected::integer) THEN
    outcome := 'wrong-revision';
    detail := coalesce(v_current::text, 'none');
    RETURN;
  END IF;

  v_revision := coalesce(v_current, -1);
  FOR v_event IN SELECT value FROM jsonb_array_elements(p_events) LOOP
    v_revision := v_revision + 1;
    v_previous := v_hash;
    v_hash := event_store.hash_event(v_hash, p_stream_id, v_revision, (v_event->>'id')::uuid,
                                     v_event->>'type', v_event->'data', v_event->'metadata');
    INSERT INTO event_store.events (event_id, stream_id, category, stream_revision, type, data, metadata, recorded_at, previous_hash, hash)
    VALUES ((v_event->>'id')::uuid, p_stream_id, split_part(p_stream_id, '-', 1), v_revision, v_event->>'type',
            v_event->'data', v_event->'metadata', p_recorded_at, v_previous, v_hash)
    RETURNING global_position INTO prepare_position;
  END LOOP;
  outcome := 'appended';
  next_revision := v_revision;
  commit_position := pg_current_xact_id()::text;
END $$;

-- One append's checks and writes, its stream's lock already held. The outcomes a caller expects
-- (a retry already stored, a wrong expected revision, an id stored elsewhere) are answered, not raised,
-- so a group commit can answer each append on its own and commit the rest.
CREATE OR REPLACE FUNCTION event_store.append_locked(
  p_stream_id text, p_expected text, p_events jsonb, p_recorded_at timestamptz,
  OUT outcome text, OUT next_revision integer, OUT commit_position text, OUT prepare_position bigint, OUT detail text, OUT hint text
) LANGUAGE plpgsql AS $$
DECLARE
  v_count integer := jsonb_array_length(p_events);
  v_found integer;
  v_same integer;
  v_first_conflict text;
  r record;
BEGIN
  -- Retry safety: the same ids with the same content in the same order store nothing new.
  SELECT count(*),
         count(*) FILTER (WHERE e.stream_id = p_stream_id AND e.type = n.value->>'type' AND e.data = n.value->'data'
                            AND e.stream_revision - n.ordinality = (
                              SELECT min(e2.stream_revision) FROM event_store.events e2
                              WHERE e2.event_id = (p_events->0->>'id')::uuid) - 1),
         min(n.value->>'id') FILTER (WHERE e.stream_id <> p_stream_id OR e.type <> n.value->>'type' OR e.data <> n.value->'data')
    INTO v_found, v_same, v_first_conflict
    FROM jsonb_array_elements(p_events) WITH ORDINALITY AS n(value, ordinality)
    -- One key lookup per event (LIMIT keeps the planner from turning it into a join over the whole table).
    CROSS JOIN LATERAL (SELECT * FROM event_store.events s WHERE s.event_id = (n.value->>'id')::uuid LIMIT 1) e;
  IF v_found > 0 THEN
    IF v_found = v_count AND v_same = v_count THEN
      SELECT 'stored', e.stream_revision, e.transaction_id::text, e.global_position INTO outcome, next_revision, commit_position, prepare_position
        FROM event_store.events e WHERE e.event_id = (p_events->(v_count - 1)->>'id')::uuid;
      RETURN;
    END IF;
    outcome := 'id-conflict';
    detail := coalesce(v_first_conflict, (SELECT n.value->>'id' FROM jsonb_array_elements(p_events) n
      JOIN event_store.events e ON e.event_id = (n.value->>'id')::uuid LIMIT 1));
    hint := CASE WHEN v_first_conflict IS NULL THEN 'stored as part of another append' ELSE 'stored with other content or in another stream' END;
    RETURN;
  END IF;

  r := event_store.append_write(p_stream_id, p_expected, p_events, p_recorded_at);
  outcome := r.outcome; next_revision := r.next_revision; commit_position := r.commit_position;
  prepare_position := r.prepare_position; detail := r.detail;
END $$;

-- One round trip per append. The stream lock is taken before this transaction writes anything,
-- so it gets its transaction id only once it holds the lock: per-stream order = global order.
CREATE OR REPLACE FUNCTION event_store.append_to_stream(
  p_stream_id text, p_expected text, p_events jsonb, p_recorded_at timestamptz
) RETURNS TABLE (next_revision integer, commit_position text, prepare_position bigint, already_stored boolean)
LANGUAGE plpgsql AS $$
DECLARE
  r record;
BEGIN
  PERFORM pg_advisory_xact_lock(${STREAM_LOCK_NAMESPACE}, hashtext(p_stream_id));
  r := event_store.append_locked(p_stream_id, p_expected, p_events, p_recorded_at);
  IF r.outcome = 'wrong-revision' THEN
    RAISE EXCEPTION 'wrong expected revision' USING ERRCODE = 'VG001', DETAIL = r.detail;
  ELSIF r.outcome = 'id-conflict' THEN
    RAISE EXCEPTION 'event id conflict' USING ERRCODE = 'VG002', DETAIL = r.detail, HINT = r.hint;
  END IF;
  -- No NOTIFY here: a transaction that notifies holds a cluster-wide lock through its commit's WAL
  -- flush, which serialised every append; the store notifies after the commit instead.
  RETURN QUERY SELECT r.next_revision, r.commit_position, r.prepare_position, r.outcome = 'stored';
END $$;

-- Group commit: several callers' appends in one transaction, each checked against its own expected
-- revision and answered on its own row. Every stream lock is taken first, in one order, so two
-- batches cannot deadlock, and before any write, so per-stream order stays global order.
CREATE OR REPLACE FUNCTION event_store.append_batch(p_appends jsonb)
RETURNS TABLE (ordinal integer, outcome text, next_revision integer, commit_position text, prepare_position bigint, detail text, hint text)
LANGUAGE plpgsql AS $$
DECLARE
  v_append jsonb;
  v_ordinal bigint;
  v_retries boolean;
  r record;
BEGIN
  PERFORM pg_advisory_xact_lock(${STREAM_LOCK_NAMESPACE}, key)
     FROM (SELECT DISTINCT hashtext(a->>'s') AS key FROM jsonb_array_elements(p_appends) a ORDER BY 1) keys;
  -- One lookup of every id in the batch: only when one is stored already, or sent twice, is each append checked for a retry.
  SELECT count(*) <> count(DISTINCT id) OR EXISTS (SELECT 1 FROM event_store.events e WHERE e.event_id = ANY (array_agg(ids.id)))
    INTO v_retries
    FROM (SELECT (e->>'id')::uuid AS id FROM jsonb_array_elements(p_appends) a, jsonb_array_elements(a->'e') e) ids;
  -- In the order they came, so a second append to a stream sees the first.
  FOR v_append, v_ordinal IN SELECT value, n FROM jsonb_array_elements(p_appends) WITH ORDINALITY AS a(value, n) LOOP
    IF v_retries THEN
      r := event_store.append_locked(v_append->>'s', v_append->>'x', v_append->'e', (v_append->>'r')::timestamptz);
    ELSE
      r := event_store.append_write(v_append->>'s', v_append->>'x', v_append->'e', (v_append->>'r')::timestamptz);
    END IF;
    ordinal := v_ordinal - 1;
    outcome := r.outcome; next_revision := r.next_revision; commit_position := r.commit_position;
    prepare_position := r.prepare_position; detail := r.detail; hint := r.hint;
    RETURN NEXT;
  END LOOP;
END $$;
`;
