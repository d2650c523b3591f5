import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { PERSON_ROLES, PSEUDONYMOUS_REF } from '../domain/risk-case.vocabulary';

export class OpenCaseDto {
  @ApiPropertyOptional({ description: 'client-chosen id; generated when left out' }) @IsOptional() @IsUUID()
  caseId?: string;

  @ApiProperty({ example: 'PR-8H2K4M', description: 'the threatened person, by pseudonymous reference only, never a name' })
  @Matches(PSEUDONYMOUS_REF, { message: 'personRef must be a pseudonymous reference such as PR-8H2K4M' })
  personRef: string;

  @ApiProperty({ enum: PERSON_ROLES }) @IsIn(PERSON_ROLES)
  personRole: string;
}
