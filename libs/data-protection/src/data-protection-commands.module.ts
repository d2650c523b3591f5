import { Module } from '@nestjs/common';
import { EraseRecordHandler } from './erase-record/erase-record.handler';
import { LiftLegalHoldHandler, PlaceLegalHoldHandler } from './legal-holds/legal-hold.handlers';
import { ChangeRestrictionHandler } from './restriction/restriction.handler';
import { PublishRetentionRulesHandler } from './retention-rules/publish-retention-rules.handler';

/** The data-protection command handlers, for the API and for the retention worker. */
@Module({
  providers: [EraseRecordHandler, PlaceLegalHoldHandler, LiftLegalHoldHandler, ChangeRestrictionHandler, PublishRetentionRulesHandler],
})
export class DataProtectionCommandsModule {}
