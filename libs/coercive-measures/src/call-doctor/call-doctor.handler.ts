import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { PlacementState } from '../domain/placement.state';
import { PLACEMENT_STREAM } from '../placement-stream';
import { decide, CallDoctor } from './call-doctor.decide';

export class CallDoctorCommand extends StreamCommand<CallDoctor, PlacementState> {}

@CommandHandler(CallDoctorCommand)
export class CallDoctorHandler extends StreamCommandHandler<CallDoctorCommand> {
  protected readonly stream = PLACEMENT_STREAM;
  protected readonly decide = decide;
}
