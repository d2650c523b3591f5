import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { ChangeCommandDto } from '@vigil/http-commands';

export class CompleteStepDto extends ChangeCommandDto {
  @ApiPropertyOptional({ description: 'what was done; required when the step says so. Name people only by pseudonymous reference' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  note?: string;
}
