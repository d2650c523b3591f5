import { said } from '@vigil/event-sourcing';
import { BadRequestException, Controller, Get, Inject, NotFoundException, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { AccessLog, Actor } from '@vigil/actors';
import { UuidParam } from '@vigil/http-commands';
import { problem, saidProblem } from '@vigil/http-problems';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Bundle, BUNDLE_KINDS, BundleKind, buildBundle, RECORD_ACCESS_NAME, renderBundleHtml } from '../bundle';
import { Checkpointer } from '../checkpointer';
import { ParsedNote } from '../note';
import { StoreCheck } from '../store-check';
import { consistencyProof, inclusionProof, leafOfEvent, rootAt, sqlOf, treeSize } from '../proof-log';
import { BundleDto, CheckpointDto, ConsistencyProofDto, InclusionProofDto, PublicKeyDto } from './proof.dto';
import { RECORD_STREAMS, RecordStreams } from './record-streams';

const bad = (detail: string) => new BadRequestException(problem(400, 'bad-proof-request', 'Bad proof request', detail));
const size = (value: string | undefined, name: string): number | undefined => {
  if (value === undefined) return undefined;
  if (!/^(0|[1-9][0-9]{0,14})$/.test(value)) throw bad(`${name} must be a whole number`);
  return Number(value);
};

/** Proof that the record was not altered: the signed checkpoint, its key, inclusion and consistency proofs, case bundles. */
@ApiTags('proof')
@Controller('proof')
export class ProofController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly checkpointer: Checkpointer,
    private readonly storeCheck: StoreCheck,
    private readonly accessLog: AccessLog,
    @Inject(RECORD_STREAMS) private readonly records: RecordStreams,
  ) {}

  private async latest(): Promise<ParsedNote> {
    const note = await this.checkpointer.latestPublished();
    if (!note)
      throw new NotFoundException(
        saidProblem(404, 'no-checkpoint', said('proof.no-checkpoint'), 'No checkpoint has been signed yet (the store is empty or the first is due)'),
      );
    return note;
  }

  @Get('checkpoint')
  @ApiOperation({
    summary: 'The latest signed checkpoint of the whole event log (C2SP signed note), and whether the store verifies against it',
    description:
      "The verification is what `npm run cli -- verify` does for the whole store: every stream's chain re-hashed, the Merkle tree rebuilt from the events " +
      'and compared with every published checkpoint, each checkpoint checked against the one before. It is bounded: one check at a time, never two within ' +
      '30 seconds, its result kept for 10 minutes or until a newer checkpoint is signed, so asking costs nothing more. The answer says when it was checked; ' +
      'a question that starts a check waits up to 3 seconds for it, then answers with `checking: true`. Problems are counted by kind, no record named.',
  })
  @ApiOkResponse({ type: CheckpointDto })
  async checkpoint(): Promise<CheckpointDto> {
    const note = await this.latest();
    const verification = await this.storeCheck.answer();
    return {
      note: note.text,
      origin: note.checkpoint.origin,
      treeSize: note.checkpoint.size,
      rootHash: note.checkpoint.root.toString('base64'),
      verification: {
        result: verification.result ? { ...verification.result, problems: [...verification.result.problems] } : null,
        checking: verification.checking,
      },
    };
  }

  @Get('public-key')
  @ApiOperation({ summary: 'The Ed25519 key checkpoints are signed with (keep your own copy: compare it with the one you were given)' })
  @ApiOkResponse({ type: PublicKeyDto })
  publicKey(): PublicKeyDto {
    const signer = this.checkpointer.publicKey;
    return { keyName: signer.keyName, verifierKey: signer.verifierKey, publicKeyPem: signer.publicKeyPem };
  }

  @Get('inclusion')
  @ApiOperation({ summary: "An event's inclusion proof in the tree of a given size (default: the latest checkpoint's)" })
  @ApiQuery({ name: 'eventId', required: true })
  @ApiQuery({ name: 'treeSize', required: false, type: 'integer' })
  @ApiOkResponse({ type: InclusionProofDto })
  async inclusion(@Query('eventId') eventId: string, @Query('treeSize') sizeText?: string): Promise<InclusionProofDto> {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(eventId ?? '')) throw bad('eventId must be a UUID');
    const sql = sqlOf(this.dataSource);
    const n = size(sizeText, 'treeSize') ?? (await this.latest()).checkpoint.size;
    const leaf = await leafOfEvent(sql, eventId);
    if (!leaf) throw new NotFoundException(saidProblem(404, 'not-in-tree', said('proof.not-in-tree'), `Event ${eventId} is not in the tree (yet)`));
    if (n > (await treeSize(sql))) throw bad(`the tree has fewer than ${n} leaves`);
    if (leaf.index >= n) throw bad(`event ${eventId} is leaf ${leaf.index}, not in a tree of ${n}`);
    const [proof, root] = await Promise.all([inclusionProof(sql, leaf.index, n), rootAt(sql, n)]);
    return {
      eventId,
      streamId: leaf.streamId,
      revision: leaf.revision,
      eventHash: leaf.eventHash.toString('base64'),
      leafIndex: leaf.index,
      treeSize: n,
      rootHash: root.toString('base64'),
      proof: proof.map((h) => h.toString('base64')),
    };
  }

  @Get('consistency')
  @ApiOperation({ summary: 'A consistency proof: the tree of `from` leaves is a prefix of the tree of `to`' })
  @ApiQuery({ name: 'from', required: true, type: 'integer' })
  @ApiQuery({ name: 'to', required: false, type: 'integer' })
  @ApiOkResponse({ type: ConsistencyProofDto })
  async consistency(@Query('from') fromText: string, @Query('to') toText?: string): Promise<ConsistencyProofDto> {
    const sql = sqlOf(this.dataSource);
    const from = size(fromText ?? '', 'from')!;
    const to = size(toText, 'to') ?? (await this.latest()).checkpoint.size;
    if (from > to) throw bad('from must not exceed to');
    if (to > (await treeSize(sql))) throw bad(`the tree has fewer than ${to} leaves`);
    const [proof, fromRoot, toRoot] = await Promise.all([consistencyProof(sql, from, to), rootAt(sql, from), rootAt(sql, to)]);
    return {
      fromSize: from,
      toSize: to,
      fromRoot: fromRoot.toString('base64'),
      toRoot: toRoot.toString('base64'),
      proof: proof.map((h) => h.toString('base64')),
    };
  }

  @Get('bundles/:kind/:id')
  @ApiOperation({
    summary: "A record's case bundle: its events, their inclusion proofs, the signed checkpoint and the key, as a file (or ?format=html)",
    description:
      "Every bundle read is on the record's access log beside its other reads (as `incident/<id>`, `placement/<id>` and so on): downloaded as JSON, " +
      "read as a page, or replayed on the auditor's page (`?for=replay`)",
  })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'html'] })
  @ApiQuery({
    name: 'for',
    required: false,
    enum: ['replay'],
    description: "the auditor's page replaying the record: on the access log as a replay, not a download",
  })
  @ApiQuery({ name: 'since', required: false, type: 'integer', description: 'the size of a checkpoint you kept: adds a consistency proof from it' })
  @ApiProduces('application/json', 'text/html')
  @ApiOkResponse({ type: BundleDto })
  async bundle(
    @Actor() actor: string,
    @Param('kind') kind: string,
    @UuidParam('id') id: string,
    @Res({ passthrough: true }) response: Response,
    @Query('format') format?: string,
    @Query('since') sinceText?: string,
    @Query('for') purpose?: string,
  ): Promise<BundleDto | string | StreamableFile> {
    if (!BUNDLE_KINDS.includes(kind as BundleKind)) throw bad(`kind must be one of ${BUNDLE_KINDS.join(', ')}`);
    if (format !== undefined && format !== 'json' && format !== 'html') throw bad('format must be json or html');
    if (purpose !== undefined && purpose !== 'replay') throw bad('for must be replay (or left out)');
    const streams = await this.records.streamsOf(kind as BundleKind, id);
    const sql = sqlOf(this.dataSource);
    const stored = await sql('SELECT 1 FROM event_store.events WHERE stream_id = $1 LIMIT 1', [streams[0]]);
    if (!stored.length) throw new NotFoundException(saidProblem(404, 'not-found', said('data-protection.no-record'), `There is no ${kind} ${id}`));
    // Sign a checkpoint now if the record's latest events are not yet under one (refused, loudly, if the tree contradicts it).
    const note = (await this.checkpointer.checkpoint())?.note ?? (await this.latest());
    const since = size(sinceText, 'since');
    if (since !== undefined && since > note.checkpoint.size) throw bad(`since (${since}) is beyond the checkpoint (${note.checkpoint.size})`);
    const bundle: Bundle = await buildBundle(
      sql,
      { kind: kind as BundleKind, id },
      streams,
      { note: note.text, size: note.checkpoint.size },
      this.checkpointer.publicKey.verifierKey,
      since !== undefined ? { fromSize: since, proof: await consistencyProof(sql, since, note.checkpoint.size) } : undefined,
    );
    const name = `vigil-${kind}-${id}-at-${note.checkpoint.size}`;
    const view =
      purpose === 'replay' ? 'replayed on the audit page (case bundle)' : format === 'html' ? 'case bundle read as a page' : 'case bundle downloaded (JSON)';
    await this.accessLog.record(
      actor,
      `${RECORD_ACCESS_NAME[kind as BundleKind]}/${id}`,
      `${view}, ${bundle.events.length} events at checkpoint ${note.checkpoint.size}`,
    );
    if (format === 'html') {
      response.type('text/html').setHeader('Content-Disposition', `inline; filename="${name}.html"`);
      return renderBundleHtml(bundle);
    }
    // The page's replay is a view for its reader: its sealed personal texts are opened on the way out, like every answer's.
    if (purpose === 'replay') return bundle;
    // The file is the record as stored, personal texts still sealed (the hashes cover the ciphertext, so it verifies
    // offline, and after an erasure too): sent as bytes, which the answer's text opening leaves alone.
    return new StreamableFile(Buffer.from(JSON.stringify(bundle)), {
      type: 'application/json; charset=utf-8',
      disposition: `attachment; filename="${name}.json"`,
    });
  }
}
