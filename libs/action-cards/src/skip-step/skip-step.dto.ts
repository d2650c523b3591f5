import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { ActionCardChangeCommandDto } from '../command-handling/http-parts';

export class SkipStepDto extends ActionCardChangeCommandDto {
  @ApiPropertyOptional({ description: 'why it is not done; mandatory steps require one' })
  @IsOptional() @IsString() @MaxLength(4000)
  justification?: string;
}
