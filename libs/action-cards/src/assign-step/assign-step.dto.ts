import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { ActionCardChangeCommandDto } from '../command-handling/http-parts';
import { RequestValidationException } from '@vigil/http-problems';
import { ResponsibleRole, RESPONSIBLE_ROLES } from '../domain/action-card.vocabulary';
import { Assignee } from '../domain/run.events';

/** Exactly one of role or person. */
export class AssignStepDto extends ActionCardChangeCommandDto {
  @ApiPropertyOptional({ enum: RESPONSIBLE_ROLES }) @IsOptional() @IsIn(RESPONSIBLE_ROLES)
  role?: string;

  @ApiPropertyOptional({ example: 'ST-4K9P2Q', description: 'pseudonymous reference, never a name' })
  @IsOptional() @Matches(/^[A-Z]{2,4}-[0-9A-Z]{4,12}$/, { message: 'person must be a pseudonymous reference such as ST-7K3Q9P' })
  person?: string;
}

/** The assignee the body names; exactly one of role and person. */
export function assigneeOf(body: AssignStepDto): Assignee {
  if ((body.role === undefined) === (body.person === undefined)) {
    throw new RequestValidationException([{ field: body.role === undefined ? 'role' : 'person', message: 'give exactly one of role or person' }]);
  }
  return body.role !== undefined ? { kind: 'role', role: body.role as ResponsibleRole } : { kind: 'person', ref: body.person! };
}
