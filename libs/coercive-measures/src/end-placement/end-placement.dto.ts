import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, ValidateNested, IsObject } from 'class-validator';
import { all, Instant, PlacementChangeDto, Text } from '../command-handling/placement-dto-parts';
import { END_REASONS, EndReason } from '../domain/placement.vocabulary';
import { EndPlacement } from './end-placement.decide';

export class EndReasonDto {
  @ApiProperty({ enum: END_REASONS })
  @IsIn(END_REASONS)
  category: EndReason;

  @ApiProperty({ example: 'Indsat faldet til ro; ikke længere nødvendigt.' })
  @all(...Text(2000))
  text: string;
}

export class EndPlacementDto extends PlacementChangeDto {
  @ApiProperty({ example: '2026-03-20T11:00:00+01:00' })
  @Instant()
  endedAt: string;

  @ApiProperty({ type: EndReasonDto })
  @IsObject({ message: 'reason must be an object' })
  @ValidateNested()
  @Type(() => EndReasonDto)
  reason: EndReasonDto;

  toCommand(placementId: string, actor: string): EndPlacement {
    return { placementId, actor, endedAt: this.endedAt, reason: { category: this.reason.category, text: this.reason.text } };
  }
}
