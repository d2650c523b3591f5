import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { ChangeCommandDto } from '@vigil/http-commands';

export class SkipStepDto extends ChangeCommandDto {
  @ApiPropertyOptional({ description: 'why it is not done; mandatory steps require one' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  justification?: string;
}
