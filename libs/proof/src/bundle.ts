import { inclusionRanges, LeafRange } from './merkle';
import { rangeHashes, Sql } from './proof-log';

export const BUNDLE_KINDS = ['incident', 'placement', 'risk-case', 'activation', 'review', 'run'] as const;
export type BundleKind = (typeof BUNDLE_KINDS)[number];

/** Each record's own stream, as its context names it (`<category>-<id>`). */
export const RECORD_CATEGORY: Record<BundleKind, string> = {
  incident: 'incident',
  placement: 'coercivemeasure',
  'risk-case': 'riskcase',
  activation: 'crisisactivation',
  review: 'review',
  run: 'actioncardrun',
};

/** How each context names the record in the access log (`<name>/<id>`), so a bundle read sits beside the record's other reads. */
export const RECORD_ACCESS_NAME: Record<BundleKind, string> = {
  incident: 'incident',
  placement: 'placement',
  'risk-case': 'risk-case',
  activation: 'crisis-activation',
  review: 'learning-review',
  run: 'action-card-run',
};

export interface BundleEvent {
  leafIndex: number;
  streamId: string;
  revision: number;
  eventId: string;
  type: string;
  recordedAt: string;
  /** PostgreSQL's jsonb text of the data and metadata: the exact bytes the chain hash covers. */
  dataText: string;
  metadataText: string;
  previousHash: string | null;
  hash: string;
  inclusionProof: string[];
}

export interface Bundle {
  format: 'vigil-bundle/1';
  record: { kind: BundleKind; id: string };
  treeSize: number;
  streams: { streamId: string; eventCount: number }[];
  events: BundleEvent[];
  checkpoint: string;
  publicKey: string;
  consistency?: { fromSize: number; proof: string[] };
}

const b64 = (b: Buffer | null) => (b ? b.toString('base64') : null);

/**
 * A record's events up to the checkpoint's tree size, each with its leaf index and inclusion proof. Each stream's count
 * comes from the tree's leaves, not from the events still in the store, so an event missing from the store shows as a
 * count the bundle's events do not reach.
 */
export async function buildBundle(
  sql: Sql,
  record: { kind: BundleKind; id: string },
  streamIds: readonly string[],
  checkpoint: { note: string; size: number },
  publicKey: string,
  consistency?: { fromSize: number; proof: Buffer[] },
): Promise<Bundle> {
  const size = checkpoint.size;
  const counts = await sql(
    `SELECT s.stream_id, count(l.idx)::int AS n FROM unnest($1::text[]) AS s(stream_id)
       LEFT JOIN proof.leaves l ON l.stream_id = s.stream_id AND l.idx < $2 GROUP BY s.stream_id ORDER BY s.stream_id`,
    [streamIds, size],
  );
  const rows = await sql(
    `SELECT l.idx::text AS idx, e.stream_id, e.stream_revision, e.event_id::text, e.type, e.recorded_at, e.data::text AS data_text,
            e.metadata::text AS metadata_text, e.previous_hash, e.hash
       FROM event_store.events e JOIN proof.leaves l ON l.event_id = e.event_id
      WHERE e.stream_id = ANY($1::text[]) AND l.idx < $2 ORDER BY l.idx`,
    [streamIds, size],
  );
  const ranges: LeafRange[][] = rows.map((r) => inclusionRanges(Number(r.idx), size));
  const hashes = await rangeHashes(sql, ranges.flat());
  let at = 0;
  const events = rows.map((r, i): BundleEvent => {
    const proof = hashes.slice(at, (at += ranges[i].length));
    return {
      leafIndex: Number(r.idx),
      streamId: r.stream_id as string,
      revision: r.stream_revision as number,
      eventId: r.event_id as string,
      type: r.type as string,
      recordedAt: (r.recorded_at as Date).toISOString(),
      dataText: r.data_text as string,
      metadataText: r.metadata_text as string,
      previousHash: b64(r.previous_hash as Buffer | null),
      hash: b64(r.hash as Buffer)!,
      inclusionProof: proof.map((h) => h.toString('base64')),
    };
  });
  return {
    format: 'vigil-bundle/1',
    record,
    treeSize: size,
    streams: counts.filter((c) => (c.n as number) > 0).map((c) => ({ streamId: c.stream_id as string, eventCount: c.n as number })),
    events,
    checkpoint: checkpoint.note,
    publicKey,
    ...(consistency ? { consistency: { fromSize: consistency.fromSize, proof: consistency.proof.map((h) => h.toString('base64')) } } : {}),
  };
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** `incidents.incident-reported.v1` → "incident reported". */
export const eventInWords = (type: string) => (type.split('.')[1] ?? type).replace(/-/g, ' ');

/** The same timeline for people: when, what, who, in which stream, with the proof's anchors shown short (full on hover). */
export function renderBundleHtml(bundle: Bundle): string {
  const rows = bundle.events
    .map((e) => {
      const meta = JSON.parse(e.metadataText) as { actor?: string };
      const when = new Date(e.recordedAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
      return `<tr><td>${escape(when)} UTC</td><td>${escape(eventInWords(e.type))}</td><td>${escape(meta.actor ?? '')}</td><td title="${escape(e.streamId)}">${escape(
        e.streamId.split('-')[0],
      )} #${e.revision}</td><td title="${escape(e.eventId)}">${escape(e.eventId.slice(0, 8))}</td><td title="${escape(e.hash)}">${escape(e.hash.slice(0, 10))}…</td><td>${e.leafIndex}</td></tr>`;
    })
    .join('\n');
  const streams = bundle.streams.map((s) => `<li>${escape(s.streamId)}: ${s.eventCount} event(s) at the checkpoint</li>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Record ${escape(bundle.record.kind)} ${escape(bundle.record.id)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse}td,th{border-bottom:1px solid #ccc;padding:.3rem .6rem;text-align:left}pre{background:#f4f4f4;padding:1rem}</style></head>
<body><h1>The record of ${escape(bundle.record.kind)} <span title="${escape(bundle.record.id)}">${escape(bundle.record.id.slice(0, 8))}</span></h1>
<p>${bundle.events.length} event(s), proven against the signed checkpoint of the whole log at ${bundle.treeSize} event(s). Check it at home with
<code>npm run verify-bundle -- bundle.json --key checkpoint-key.vkey</code>.</p>
<ul>${streams}</ul>
<table><thead><tr><th>When</th><th>What</th><th>Who</th><th>Stream</th><th>Event</th><th>Hash</th><th>Leaf</th></tr></thead><tbody>
${rows}
</tbody></table>
<h2>Checkpoint</h2><pre>${escape(bundle.checkpoint)}</pre><h2>Public key</h2><pre>${escape(bundle.publicKey)}</pre></body></html>`;
}
