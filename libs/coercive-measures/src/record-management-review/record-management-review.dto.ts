import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { ReviewDto } from '../command-handling/placement-dto-parts';
import { MANAGEMENT_CONCLUSIONS } from '../domain/placement.vocabulary';

export class RecordManagementReviewDto extends ReviewDto {
  @ApiProperty({ enum: MANAGEMENT_CONCLUSIONS })
  @IsIn(MANAGEMENT_CONCLUSIONS)
  conclusion: string;
}
