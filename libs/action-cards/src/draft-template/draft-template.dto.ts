import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsDefined, IsIn, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { ChangeCommandDto } from '@vigil/http-commands';
import { RESPONSIBLE_ROLES, SITUATIONS } from '../domain/action-card.vocabulary';
import { DraftTemplate } from './draft-template.decide';

export class CardStepDto {
  @ApiProperty({ example: 'call-manager', description: 'unique within the card, stable across versions' })
  @IsString()
  id: string;

  @ApiProperty({ example: 'Kontakt nærmeste leder' })
  @IsString()
  @MaxLength(200)
  title: string;

  @ApiProperty({ example: 'Ring til nærmeste leder og orientér om hændelsen.' })
  @IsString()
  @MaxLength(4000)
  instructions: string;

  @ApiProperty({ enum: RESPONSIBLE_ROLES })
  @IsIn(RESPONSIBLE_ROLES)
  responsibleRole: string;

  @ApiProperty({
    oneOf: [
      { type: 'string', example: 'PT30M' },
      { type: 'integer', example: 30 },
    ],
    description: 'relative to the run start: ISO 8601 duration or minutes',
  })
  @IsDefined()
  deadline: string | number;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  mandatory?: boolean;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  noteRequired?: boolean;

  @ApiPropertyOptional({ type: [String], description: 'ids of steps that must be done first' })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  prerequisites?: string[];
}

/** The content of a card version. */
export class CardDto extends ChangeCommandDto {
  @ApiProperty({ example: 'Vold mod medarbejder' })
  @IsString()
  @MaxLength(200)
  title: string;

  @ApiProperty({ enum: SITUATIONS })
  @IsIn(SITUATIONS)
  situation: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  summary?: string;

  @ApiProperty({ type: [CardStepDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => CardStepDto)
  steps: CardStepDto[];

  /** The draft this body asks for; the card's rules check it as a whole. */
  toCommand(templateId: string, actor: string, isNew: boolean): DraftTemplate {
    const { title, situation, summary, steps } = this;
    return { templateId, card: { title, situation, summary, steps }, isNew, actor };
  }
}

export class NewTemplateDto extends CardDto {
  @ApiProperty({ example: 'violence-against-employee' })
  @IsString()
  templateId: string;
}
