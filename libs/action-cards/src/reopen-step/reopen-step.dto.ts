import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { ChangeCommandDto } from '@vigil/http-commands';

export class ReopenStepDto extends ChangeCommandDto {
  @ApiProperty({ description: 'why the step is opened again' })
  @IsString()
  @MaxLength(4000)
  reason: string;
}
