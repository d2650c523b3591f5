import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { PlacementState } from '../domain/placement.state';
import { PLACEMENT_STREAM } from '../placement-stream';
import { decide, RecordDoctorArrival } from './record-doctor-arrival.decide';

export class RecordDoctorArrivalCommand extends StreamCommand<RecordDoctorArrival, PlacementState> {}

@CommandHandler(RecordDoctorArrivalCommand)
export class RecordDoctorArrivalHandler extends StreamCommandHandler<RecordDoctorArrivalCommand> {
  protected readonly stream = PLACEMENT_STREAM;
  protected readonly decide = decide;
}
