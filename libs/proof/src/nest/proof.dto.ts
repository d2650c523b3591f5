import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class CheckpointDto {
  @ApiProperty({ description: 'The C2SP signed note: origin, tree size, base64 root, a blank line, the Ed25519 signature line' })
  note: string;
  @ApiProperty()
  origin: string;
  @ApiProperty({ type: 'integer' })
  treeSize: number;
  @ApiProperty({ description: 'base64 SHA-256 root of the RFC 6962 tree' })
  rootHash: string;
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
