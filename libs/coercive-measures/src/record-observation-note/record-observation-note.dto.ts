import { ApiProperty } from '@nestjs/swagger';
import { all, Instant, PlacementChangeDto, Text } from '../command-handling/placement-dto-parts';
import { RecordObservationNote } from './record-observation-note.decide';

export class RecordObservationNoteDto extends PlacementChangeDto {
  @ApiProperty({ example: '2026-03-20T09:15:00+01:00', description: 'when the observation was made' })
  @Instant()
  observedAt: string;

  @ApiProperty({ example: 'Ligger roligt på briksen; taler sammenhængende.' })
  @all(...Text())
  note: string;

  toCommand(placementId: string, actor: string): RecordObservationNote {
    return { placementId, actor, observedAt: this.observedAt, note: this.note };
  }
}
