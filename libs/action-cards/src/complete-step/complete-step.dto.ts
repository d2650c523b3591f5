import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { ActionCardChangeCommandDto } from '../command-handling/http-parts';

export class CompleteStepDto extends ActionCardChangeCommandDto {
  @ApiPropertyOptional({ description: 'what was done; required when the step says so. Name people only by pseudonymous reference' })
  @IsOptional() @IsString() @MaxLength(4000)
  note?: string;
}
