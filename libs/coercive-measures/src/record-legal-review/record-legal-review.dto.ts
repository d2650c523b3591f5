import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { ReviewDto } from '../command-handling/placement-dto-parts';
import { LEGAL_CONCLUSIONS } from '../domain/placement.vocabulary';

export class RecordLegalReviewDto extends ReviewDto {
  @ApiProperty({ enum: LEGAL_CONCLUSIONS })
  @IsIn(LEGAL_CONCLUSIONS)
  conclusion: string;
}
