import { ApiPropertyOptional } from '@nestjs/swagger';
import { ChangeCommandDto } from '@vigil/http-commands';
import { RequestValidationException } from '@vigil/http-problems';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { ResponsibleRole, RESPONSIBLE_ROLES } from '../domain/action-card.vocabulary';
import { Assignee } from '../domain/run.events';
import { AssignStep } from './assign-step.decide';

/** Exactly one of role or person. */
export class AssignStepDto extends ChangeCommandDto {
  @ApiPropertyOptional({ enum: RESPONSIBLE_ROLES })
  @IsOptional()
  @IsIn(RESPONSIBLE_ROLES)
  role?: ResponsibleRole;

  @ApiPropertyOptional({ example: 'ST-4K9P2Q', description: 'pseudonymous reference, never a name' })
  @IsOptional()
  @Matches(/^[A-Z]{2,4}-[0-9A-Z]{4,12}$/, { message: 'person must be a pseudonymous reference such as ST-7K3Q9P' })
  person?: string;

  /** The assignment this body asks for; exactly one of role and person. */
  toCommand(runId: string, stepId: string, actor: string): AssignStep {
    return { runId, stepId, actor, assignee: this.assignee() };
  }

  private assignee(): Assignee {
    if (this.role !== undefined && this.person === undefined) return { kind: 'role', role: this.role };
    if (this.person !== undefined && this.role === undefined) return { kind: 'person', ref: this.person };
    throw new RequestValidationException([{ field: this.role === undefined ? 'role' : 'person', message: 'give exactly one of role or person' }]);
  }
}
