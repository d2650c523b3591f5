import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { CrisisChangeCommandDto, Text } from './dto-parts';

/** What every log entry may carry: its own id, and the entry it corrects with the reason. */
export class LogEntryDto extends CrisisChangeCommandDto {
  @ApiPropertyOptional({ description: 'client-chosen entry id; generated when left out' })
  @IsOptional()
  @IsUUID()
  entryId?: string;

  @ApiPropertyOptional({ description: 'the entry this one corrects; the corrected entry stays visible, marked corrected-by' })
  @IsOptional()
  @IsUUID()
  corrects?: string;

  @ApiPropertyOptional({ description: 'required with corrects: what was wrong' })
  @IsOptional()
  @Text(2000)
  correctionReason?: string;

  /** The entry this one corrects, if any, and why: what every log command carries. */
  correction(): { corrects?: string; correctionReason?: string } {
    return { corrects: this.corrects, correctionReason: this.correctionReason };
  }
}
