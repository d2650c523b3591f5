import { ApiProperty } from '@nestjs/swagger';
import { ChangeCommandDto } from '@vigil/http-commands';
import { IsString, MaxLength } from 'class-validator';

export class RetireTemplateDto extends ChangeCommandDto {
  @ApiProperty({ description: 'why the card is withdrawn' })
  @IsString()
  @MaxLength(2000)
  reason: string;
}
