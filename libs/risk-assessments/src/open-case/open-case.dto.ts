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

  @ApiPropertyOptional({ example: 'area:hovedstaden', description: "the unit the case belongs to; defaults to the opener's unit" })
  @IsOptional()
  @Matches(/^(national|(area|institution):[a-z0-9-]{2,60})$/, { message: 'unit must be national, area:<area> or institution:<institution>' })
  unit?: string;

  /** The command this request asks for, under the id the controller settled on; the case belongs to the given unit or the opener's. */
  toCommand(caseId: string, actor: string, openersUnit?: string): OpenRiskCase {
    const unit = this.unit ?? openersUnit;
    return { caseId, actor, personRef: this.personRef, personRole: this.personRole, ...(unit ? { unit } : {}) };
  }
}
