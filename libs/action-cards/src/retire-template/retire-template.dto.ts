import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { ChangeCommandDto } from '../command-handling/http-parts';

export class RetireTemplateDto extends ChangeCommandDto {
  @ApiProperty({ description: 'why the card is withdrawn' }) @IsString() @MaxLength(2000)
  reason: string;
}
