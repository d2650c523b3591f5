import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { all, Instant, PlacementChangeDto, StaffRef, Text } from '../command-handling/placement-dto-parts';
import { HoldFollowUpConversation } from './hold-follow-up-conversation.decide';

export class HoldFollowUpConversationDto extends PlacementChangeDto {
  @ApiProperty({ example: '2026-03-21T10:00:00+01:00' })
  @Instant()
  heldAt: string;

  @ApiProperty({ example: 'ST-2M8R4T', description: 'who held the conversation' })
  @StaffRef()
  heldBy: string;

  @ApiProperty({ description: 'false when the inmate declined to take part' })
  @IsBoolean()
  inmateParticipated: boolean;

  @ApiProperty({ example: 'Forløbet og alternativerne gennemgået med den indsatte.' })
  @all(...Text())
  summary: string;

  toCommand(placementId: string, actor: string): HoldFollowUpConversation {
    return { placementId, actor, heldAt: this.heldAt, heldBy: this.heldBy, inmateParticipated: this.inmateParticipated, summary: this.summary };
  }
}
