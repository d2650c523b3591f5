import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { ActionCardChangeCommandDto } from '../command-handling/http-parts';

export class RetireTemplateDto extends ActionCardChangeCommandDto {
  @ApiProperty({ description: 'why the card is withdrawn' }) @IsString() @MaxLength(2000)
  reason: string;
}
