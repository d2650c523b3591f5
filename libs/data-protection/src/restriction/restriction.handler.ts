import { Inject } from '@nestjs/common';
import { CommandHandler } from '@nestjs/cqrs';
import { CommandOutcome, StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { SUBJECT_STREAM } from '../data-protection-streams';
import { DATA_PROTECTION, DataProtectionRuntime } from '../data-protection.runtime';
import { ChangeRestriction, decideRestriction } from '../domain/subject.decide';
import { SubjectState } from '../domain/subject.state';

export class ChangeRestrictionCommand extends StreamCommand<ChangeRestriction, SubjectState> {}

@CommandHandler(ChangeRestrictionCommand)
export class ChangeRestrictionHandler extends StreamCommandHandler<ChangeRestrictionCommand> {
  protected readonly stream = SUBJECT_STREAM;
  protected readonly decide = decideRestriction;

  constructor(@Inject(DATA_PROTECTION) private readonly protection: DataProtectionRuntime) {
    super();
  }

  override async execute(command: ChangeRestrictionCommand): Promise<CommandOutcome<SubjectState>> {
    const outcome = await super.execute(command);
    // At once for every reader; the subjects projection sets it again, durably, when it applies the event.
    await this.protection.vault.restrict(command.payload.subject, outcome.state.restricted);
    return outcome;
  }
}
