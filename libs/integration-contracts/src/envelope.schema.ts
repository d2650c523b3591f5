import { IsInt, IsISO8601, IsObject, IsString, Matches, Min } from 'class-validator';
import { ID } from './contract-fields';

/** The envelope every contract travels in, as class-validator rules (the compiled JSON Schema in contract-json-schemas.ts must agree). */
export class EnvelopeSchema {
  @IsString() contract!: string;
  @IsInt() @Min(1) version!: number;
  @Matches(ID) messageId!: string;
  @IsString() streamId!: string;
  @IsInt() @Min(0) streamRevision!: number;
  @IsISO8601({ strict: true }) recordedAt!: string;
  @IsString() correlationId!: string;
  @IsObject() payload!: object;
}
