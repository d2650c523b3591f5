import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { ReasonedChangeDto } from '../command-handling/incident-dto-parts';

export class MarkDuplicateDto extends ReasonedChangeDto {
  @ApiProperty()
  @IsUUID()
  duplicateOf: string;
}
