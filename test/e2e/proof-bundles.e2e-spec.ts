import { generateKeyPairSync } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Bundle, privateKeyFromPem, rawPublicKey, signCheckpoint, verifierKey, verifyBundle, parseNote } from '@vigil/proof';
import { incidentReport } from '../support/fixtures';
import { proofScratch, signedIn, startVigil } from '../support/vigil-test-app';

type Vigil = Awaited<ReturnType<typeof startVigil>>;

/** The proof API, case bundles, and the offline verifier against honest and forged bundles. */
describe('proof for auditors: API, bundles and the offline verifier', () => {
  let vigil: Vigil;
  let scratch: ReturnType<typeof proofScratch>;
  let key: string;
  let honest: Bundle;
  let firstNote: string;
  let incidentId: string;
  let firstTreeProof: string[];
  const auditor = () => signedIn('ST-AUD001', ['auditor']);
  const clone = (b: Bundle): Bundle => JSON.parse(JSON.stringify(b)) as Bundle;

  beforeAll(async () => {
    scratch = proofScratch();
    vigil = await startVigil({ config: { ...scratch.config, VIGIL_CHECKPOINT_EVERY_SECONDS: '3600', VIGIL_CHECKPOINT_EVERY_EVENTS: '100000' } });
    const report = async () => (await vigil.http().post('/incidents').set(signedIn('ST-E2E001')).send(incidentReport()).expect(201)).body.incidentId as string;
    incidentId = await report();
    await report();
    // A first bundle signs the first checkpoint; the auditor keeps it.
    const first = (await vigil.http().get(`/proof/bundles/incident/${incidentId}`).set(auditor()).expect(200)).body as Bundle;
    firstNote = first.checkpoint;
    firstTreeProof = first.events[0].inclusionProof;
    await vigil
      .http()
      .post(`/incidents/${incidentId}/corrections`)
      .set(signedIn('ST-E2E001', ['coordinator']))
      .send({ corrections: { severity: 'serious' }, reason: 'Lægen fandt brud', expectedRevision: 0 })
      .expect(200);
    await report();
    key = (await vigil.http().get('/proof/public-key').expect(200)).body.verifierKey;
    const since = parseNote(firstNote).checkpoint.size;
    const response = await vigil.http().get(`/proof/bundles/incident/${incidentId}?since=${since}`).set(auditor()).expect(200);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="vigil-incident-.*\.json"$/);
    honest = response.body as Bundle;
  });
  afterAll(async () => {
    await vigil?.close();
    if (scratch) rmSync(scratch.dir, { recursive: true, force: true });
  });

  it('serves the checkpoint, the key, inclusion and consistency proofs, auditors only where it matters', async () => {
    const checkpoint = (await vigil.http().get('/proof/checkpoint').expect(200)).body;
    expect(checkpoint.note).toContain(checkpoint.rootHash);
    const event = honest.events[0];
    await vigil
      .http()
      .get(`/proof/inclusion?eventId=${event.eventId}`)
      .set(signedIn('ST-E2E001', ['coordinator']))
      .expect(403);
    const inclusion = (await vigil.http().get(`/proof/inclusion?eventId=${event.eventId}&treeSize=${honest.treeSize}`).set(auditor()).expect(200)).body;
    expect(inclusion.proof).toEqual(event.inclusionProof);
    const consistency = (await vigil.http().get(`/proof/consistency?from=1&to=${honest.treeSize}`).set(auditor()).expect(200)).body;
    expect(consistency.proof.length).toBeGreaterThan(0);
    await vigil.http().get(`/proof/consistency?from=9&to=2`).set(auditor()).expect(400);
    await vigil.http().get('/proof/bundles/nonsense/x').set(auditor()).expect(400);
    await vigil.http().get('/proof/bundles/incident/00000000-0000-4000-8000-000000000000').set(auditor()).expect(404);
    const html = await vigil.http().get(`/proof/bundles/incident/${incidentId}?format=html`).set(auditor()).expect(200);
    expect(html.headers['content-type']).toMatch(/text\/html/);
    expect(html.text).toContain('incident reported');
  });

  it('accepts the honest bundle, with and without the kept earlier checkpoint', () => {
    expect(honest.streams).toEqual([{ streamId: `incident-${incidentId}`, eventCount: 2 }]);
    const plain = verifyBundle(honest, key);
    expect(plain.failures).toEqual([]);
    const kept = verifyBundle(honest, key, firstNote);
    expect(kept.failures).toEqual([]);
    expect(kept.verified.join('\n')).toMatch(/consistency proof verified/);
  });

  it('the npx-able verifier (no database, no network) prints what it verified and exits 0, or 1 naming the failure', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-bundle-'));
    try {
      writeFileSync(join(dir, 'bundle.json'), JSON.stringify(honest));
      writeFileSync(join(dir, 'key.vkey'), key);
      writeFileSync(join(dir, 'kept.note'), firstNote);
      const run = (bundle: string) =>
        spawnSync(process.execPath, ['tools/verify-bundle.mjs', bundle, '--key', join(dir, 'key.vkey'), '--previous', join(dir, 'kept.note')], {
          encoding: 'utf8',
          env: { PATH: process.env.PATH },
        });
      const ok = run(join(dir, 'bundle.json'));
      expect(ok.stdout).toContain('The bundle verifies.');
      expect(ok.status).toBe(0);
      const forged = clone(honest);
      forged.events[0].dataText = forged.events[0].dataText.replace('violence', 'accident');
      writeFileSync(join(dir, 'forged.json'), JSON.stringify(forged));
      const bad = run(join(dir, 'forged.json'));
      expect(bad.status).toBe(1);
      expect(bad.stdout).toMatch(/FAILED: event .* its content does not match its hash/);
      expect(readFileSync(join(dir, 'key.vkey'), 'utf8')).toBe(key);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('refuses every forged bundle', () => {
    const other = generateKeyPairSync('ed25519').privateKey;
    const cases: [string, (b: Bundle) => Bundle | unknown, RegExp][] = [
      ['a forged inclusion proof', (b) => ((b.events[0].inclusionProof[0] = Buffer.alloc(32, 7).toString('base64')), b), /inclusion proof/],
      ['a proof step dropped', (b) => (b.events[1].inclusionProof.pop(), b), /inclusion proof/],
      ['a wrong tree size', (b) => ((b.treeSize = b.treeSize + 1), b), /tree size/],
      ['a wrong leaf index', (b) => ((b.events[0].leafIndex = b.events[0].leafIndex + 1), b), /inclusion proof|twice|outside/],
      ['swapped leaves', (b) => (([b.events[0].leafIndex, b.events[1].leafIndex] = [b.events[1].leafIndex, b.events[0].leafIndex]), b), /inclusion proof/],
      ['an edited event (content)', (b) => ((b.events[1].dataText = b.events[1].dataText.replace('serious', 'minor')), b), /does not match its hash/],
      ['an edited event with its hash recomputed', (b) => rehashed(b), /inclusion proof/],
      ['a truncated stream (last event removed)', (b) => (b.events.pop(), b), /events are missing/],
      ['a lowered stream count hiding nothing', (b) => ((b.streams[0].eventCount = 5), b), /events are missing/],
      ['an empty bundle', () => ({}), /not a vigil-bundle/],
      ['a bundle without events', (b) => ((b.events = []), (b.streams = []), b), /no events/],
      ['a signature by another key', (b) => resigned(b), /not signed by the given key/],
      [
        'a valid proof for another tree (a checkpoint over a different log, signed by another key)',
        (b) => otherTree(b),
        /not signed by the given key|inclusion/,
      ],
      ['a valid proof for another (the earlier) tree', (b) => ((b.events[0].inclusionProof = firstTreeProof), b), /inclusion proof/],
      [
        'a signature line tampered',
        (b) => ((b.checkpoint = b.checkpoint.replace(/ (\S)(\S+)\n$/, (_, c: string, rest: string) => ` ${c === 'A' ? 'B' : 'A'}${rest}\n`)), b),
        /not signed|parse/,
      ],
    ];

    function rehashed(b: Bundle): Bundle {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { hashEvent } = require('@vigil/event-store/hash-chain') as typeof import('@vigil/event-store/hash-chain');
      const e = b.events[0];
      e.dataText = e.dataText.replace('violence', 'accident');
      e.hash = hashEvent(null, {
        streamId: e.streamId,
        revision: e.revision,
        eventId: e.eventId,
        type: e.type,
        dataText: e.dataText,
        metadataText: e.metadataText,
      }).toString('base64');
      return b;
    }
    function resigned(b: Bundle): Bundle {
      const note = parseNote(b.checkpoint);
      b.checkpoint = signCheckpoint(note.checkpoint, note.signatures[0].keyName, other);
      return b;
    }
    function otherTree(b: Bundle): Bundle {
      const note = parseNote(b.checkpoint);
      b.checkpoint = signCheckpoint({ ...note.checkpoint, root: Buffer.alloc(32, 3) }, note.signatures[0].keyName, other);
      b.publicKey = verifierKey(note.signatures[0].keyName, rawPublicKey(other));
      return b;
    }

    it.each(cases)('%s', (_name, forge, reason) => {
      const result = verifyBundle(forge(clone(honest)), key);
      expect(result.ok).toBe(false);
      expect(result.failures.join('\n')).toMatch(reason);
    });

    it('a kept checkpoint larger than the bundle (the log shrank), or inconsistent with it', () => {
      const pem = readFileSync(scratch.config.VIGIL_CHECKPOINT_KEY_FILE, 'utf8');
      const note = parseNote(honest.checkpoint);
      const bigger = signCheckpoint({ ...note.checkpoint, size: note.checkpoint.size + 10 }, note.signatures[0].keyName, privateKeyFromPem(pem));
      expect(verifyBundle(honest, key, bigger).failures.join()).toMatch(/the log shrank/);
      const forked = signCheckpoint({ ...parseNote(firstNote).checkpoint, root: Buffer.alloc(32, 5) }, note.signatures[0].keyName, privateKeyFromPem(pem));
      expect(verifyBundle(honest, key, forked).failures.join()).toMatch(/not consistent/);
      expect(verifyBundle(honest, key, resigned(clone(honest)).checkpoint).failures.join()).toMatch(/kept earlier checkpoint is not signed/);
    });
  });
});
