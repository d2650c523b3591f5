import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { PERSON_ROLES, PersonRole, PSEUDONYMOUS_REF } from '../domain/risk-case.vocabulary';
import { OpenRiskCase } from './open-case.decide';

export class OpenCaseDto {
  @ApiPropertyOptional({ description: 'client-chosen id; generated when left out' })
  @IsOptional()
  @IsUUID()
  caseId?: string;

  @ApiProperty({ example: 'PR-8H2K4M', description: 'the threatened person, by pseudonymous reference only, never a name' })
  @Matches(PSEUDONYMOUS_REF, { message: 'personRef must be a pseudonymous reference such as PR-8H2K4M' })
  personRef: string;

  @ApiProperty({ enum: PERSON_ROLES })
  @IsIn(PERSON_ROLES)
  personRole: PersonRole;

  /** The command this request asks for, under the id the controller settled on. */
  toCommand(caseId: string, actor: string): OpenRiskCase {
    return { caseId, actor, personRef: this.personRef, personRole: this.personRole };
  }
}
