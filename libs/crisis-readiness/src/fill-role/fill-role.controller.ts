import { Body, Controller, HttpCode, Param, Put, Res, UseFilters } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { RequestValidationException } from '@vigil/http-problems';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import type { Response } from 'express';
import { activationCommand } from '../command-handling/activation-command';
import { CommandRequest, CommandRequestInfo } from '@vigil/http-commands';
import { StaffRef } from '../command-handling/dto-parts';
import { CrisisChangeCommandDto, uuidParam } from '../command-handling/http-parts';
import { StreamExecutor } from '../command-handling/stream-executor';
import { CRISIS_PROBLEMS } from '../crisis-problems';
import { CRISIS_ROLES, isOneOf } from '../domain/crisis.vocabulary';
import { decide } from './fill-role.decide';

export class FillRoleDto extends CrisisChangeCommandDto {
  @ApiProperty({ example: 'ST-2M8X4R', description: 'pseudonymous reference of the person taking the role' }) @StaffRef()
  holder: string;

  @ApiPropertyOptional({ example: 'Vagtskifte kl. 19' }) @IsOptional() @IsString() @MaxLength(1000)
  note?: string;
}

@ApiTags('crisis-activations')
@Controller('crisis-activations')
@UseFilters(CRISIS_PROBLEMS)
export class FillRoleController {
  constructor(private readonly executor: StreamExecutor) {}

  @Put(':activationId/roles/:role')
  @HttpCode(200)
  @ApiParam({ name: 'role', enum: CRISIS_ROLES })
  @ApiOperation({ summary: 'Fill a crisis role, or hand it over when someone holds it already' })
  fill(@Actor() actor: string, @CommandRequest() request: CommandRequestInfo, @Param('activationId', uuidParam('activationId')) activationId: string, @Param('role') role: string, @Body() body: FillRoleDto, @Res({ passthrough: true }) response: Response) {
    if (!isOneOf(CRISIS_ROLES, role)) throw new RequestValidationException([{ field: 'role', message: `role must be one of ${CRISIS_ROLES.join(', ')}` }]);
    const target = { activationId, actor, request, bodyRevision: body.expectedRevision, response };
    return activationCommand(this.executor, target, (state, now) => decide({ activationId, role, holder: body.holder, note: body.note, actor }, state, now), { role });
  }
}
