import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { ActionCardChangeCommandDto } from '../command-handling/http-parts';

export class ReopenStepDto extends ActionCardChangeCommandDto {
  @ApiProperty({ description: 'why the step is opened again' })
  @IsString() @MaxLength(4000)
  reason: string;
}
