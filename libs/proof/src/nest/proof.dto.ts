import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

class StoreProblemDto {
  @ApiProperty({
    enum: [
      'chain-broken',
      'stream-truncated',
      'stream-deleted',
      'store-behind-checkpoint',
      'checkpoint-contradicted',
      'checkpoints-inconsistent',
      'checkpoint-signature',
      'checkpoint-unreadable',
    ],
  })
  kind: string;
  @ApiProperty({ type: 'integer', description: 'how many of that kind (which streams: `npm run cli -- verify`)' })
  count: number;
}

export class StoreCheckDto {
  @ApiProperty({ format: 'date-time', description: 'when the check finished: the answer is as of then' })
  checkedAt: string;
  @ApiProperty({ type: 'integer', description: 'how long the check took, in milliseconds' })
  tookMs: number;
  @ApiProperty({ type: 'integer', nullable: true, description: 'the size of the latest published checkpoint the store was held to (null: none yet)' })
  checkpointSize: number | null;
  @ApiProperty({ type: 'integer', description: 'events re-hashed' })
  events: number;
  @ApiProperty({ type: 'integer', description: 'streams whose chains were checked' })
  streams: number;
  @ApiProperty({ type: 'integer', description: 'published checkpoints checked (each against the store and the one before)' })
  checkpointsChecked: number;
  @ApiProperty({ description: 'nothing found: the store verifies against every published checkpoint' })
  intact: boolean;
  @ApiProperty({ type: [StoreProblemDto], description: 'what was found, counted by kind; no record is named here' })
  problems: StoreProblemDto[];
}

export class StoreVerificationDto {
  @ApiProperty({ type: StoreCheckDto, nullable: true, description: 'the latest finished check (null until the first has finished)' })
  result: StoreCheckDto | null;
  @ApiProperty({ description: 'a check is under way; ask again for its answer' })
  checking: boolean;
}

export class CheckpointDto {
  @ApiProperty({ description: 'The C2SP signed note: origin, tree size, base64 root, a blank line, the Ed25519 signature line' })
  note: string;
  @ApiProperty()
  origin: string;
  @ApiProperty({ type: 'integer' })
  treeSize: number;
  @ApiProperty({ description: 'base64 SHA-256 root of the RFC 6962 tree' })
  rootHash: string;
  @ApiProperty({
    type: StoreVerificationDto,
    description:
      'Whether the whole store verifies against the latest checkpoint (what `npm run cli -- verify` checks), from a check run at most every 30 seconds and ' +
      'kept for 10 minutes or until a newer checkpoint is signed; `result.checkedAt` says when',
  })
  verification: StoreVerificationDto;
}

export class PublicKeyDto {
  @ApiProperty({ description: 'The key name in signature lines (the origin)' })
  keyName: string;
  @ApiProperty({ description: 'C2SP note verifier key: <name>+<hex key id>+<base64(0x01 ‖ Ed25519 public key)>' })
  verifierKey: string;
  @ApiProperty({ description: 'The same Ed25519 public key as PEM (SPKI)' })
  publicKeyPem: string;
}

export class InclusionProofDto {
  @ApiProperty({ format: 'uuid' })
  eventId: string;
  @ApiProperty()
  streamId: string;
  @ApiProperty({ type: 'integer' })
  revision: number;
  @ApiProperty({ description: 'base64 chain hash of the event' })
  eventHash: string;
  @ApiProperty({ type: 'integer' })
  leafIndex: number;
  @ApiProperty({ type: 'integer' })
  treeSize: number;
  @ApiProperty({ description: 'base64 root at treeSize' })
  rootHash: string;
  @ApiProperty({ type: [String], description: 'base64 hashes, RFC 9162 audit path' })
  proof: string[];
}

export class ConsistencyProofDto {
  @ApiProperty({ type: 'integer' })
  fromSize: number;
  @ApiProperty({ type: 'integer' })
  toSize: number;
  @ApiProperty()
  fromRoot: string;
  @ApiProperty()
  toRoot: string;
  @ApiProperty({ type: [String] })
  proof: string[];
}

class BundleRecordDto {
  @ApiProperty({ enum: ['incident', 'placement', 'risk-case', 'activation', 'review', 'run'] })
  kind: string;
  @ApiProperty()
  id: string;
}

class BundleStreamDto {
  @ApiProperty()
  streamId: string;
  @ApiProperty({ type: 'integer', description: "the stream's events in the tree at the checkpoint" })
  eventCount: number;
}

class BundleEventDto {
  @ApiProperty({ type: 'integer' })
  leafIndex: number;
  @ApiProperty()
  streamId: string;
  @ApiProperty({ type: 'integer' })
  revision: number;
  @ApiProperty({ format: 'uuid' })
  eventId: string;
  @ApiProperty()
  type: string;
  @ApiProperty({ format: 'date-time' })
  recordedAt: string;
  @ApiProperty({ description: 'the data as stored (jsonb text): what the hash covers' })
  dataText: string;
  @ApiProperty()
  metadataText: string;
  @ApiProperty({ nullable: true, type: String })
  previousHash: string | null;
  @ApiProperty()
  hash: string;
  @ApiProperty({ type: [String] })
  inclusionProof: string[];
}

class BundleConsistencyDto {
  @ApiProperty({ type: 'integer' })
  fromSize: number;
  @ApiProperty({ type: [String] })
  proof: string[];
}

export class BundleDto {
  @ApiProperty({ enum: ['vigil-bundle/1'] })
  format: 'vigil-bundle/1';
  @ApiProperty({ type: BundleRecordDto })
  record: BundleRecordDto;
  @ApiProperty({ type: 'integer' })
  treeSize: number;
  @ApiProperty({ type: [BundleStreamDto] })
  streams: BundleStreamDto[];
  @ApiProperty({ type: [BundleEventDto] })
  events: BundleEventDto[];
  @ApiProperty({ description: 'the signed checkpoint note' })
  checkpoint: string;
  @ApiProperty({ description: 'the note verifier key' })
  publicKey: string;
  @ApiPropertyOptional({ type: BundleConsistencyDto })
  consistency?: BundleConsistencyDto;
}
