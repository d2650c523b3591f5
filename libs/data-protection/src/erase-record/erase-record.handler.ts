import { Inject } from '@nestjs/common';
import { CommandHandler } from '@nestjs/cqrs';
import { CommandOutcome, StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { SUBJECT_STREAM } from '../data-protection-streams';
import { DATA_PROTECTION, DataProtectionRuntime } from '../data-protection.runtime';
import { decideErase, EraseSubject } from '../domain/subject.decide';
import { SubjectState } from '../domain/subject.state';

export class EraseRecordCommand extends StreamCommand<EraseSubject, SubjectState> {}

/** Records the erasure (once), then destroys the key at once; the subjects projection destroys it too, durably. */
@CommandHandler(EraseRecordCommand)
export class EraseRecordHandler extends StreamCommandHandler<EraseRecordCommand> {
  protected readonly stream = SUBJECT_STREAM;
  protected readonly decide = decideErase;

  constructor(@Inject(DATA_PROTECTION) private readonly protection: DataProtectionRuntime) {
    super();
  }

  override async execute(command: EraseRecordCommand): Promise<CommandOutcome<SubjectState>> {
    const outcome = await super.execute(command);
    if (outcome.state.erased) await this.protection.vault.destroy(command.payload.subject);
    return outcome;
  }
}
