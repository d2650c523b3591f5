import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { PlacementState } from '../domain/placement.state';
import { PLACEMENT_STREAM } from '../placement-stream';
import { decide, RecordObservationNote } from './record-observation-note.decide';

export class RecordObservationNoteCommand extends StreamCommand<RecordObservationNote, PlacementState> {}

@CommandHandler(RecordObservationNoteCommand)
export class RecordObservationNoteHandler extends StreamCommandHandler<RecordObservationNoteCommand> {
  protected readonly stream = PLACEMENT_STREAM;
  protected readonly decide = decide;
}
