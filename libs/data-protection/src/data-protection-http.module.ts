import { Module } from '@nestjs/common';
import { DataProtectionCommandsModule } from './data-protection-commands.module';
import { AccessRequestController } from './http/access-request.controller';
import { RecordProtectionController } from './http/record-protection.controller';
import { RetentionController } from './http/retention.controller';
import { RecordDirectory } from './records/record-directory';
import { RetentionSweep } from './retention/retention-sweep';

/** Erasure, legal holds, restriction, retention rules and access requests over HTTP. */
@Module({
  imports: [DataProtectionCommandsModule],
  controllers: [RecordProtectionController, RetentionController, AccessRequestController],
  providers: [RetentionSweep, RecordDirectory],
})
export class DataProtectionHttpModule {}
