import { Body, Controller, HttpCode, Param, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { ApiCommandAnswer, CommandRequest, CommandRequestInfo, commandMeta, UuidParam } from '@vigil/http-commands';
import { RequestValidationException } from '@vigil/http-problems';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import type { Response } from 'express';
import { answerActivation } from '../command-handling/activation-answer';
import { EXERCISE_FLAG } from '../command-handling/crisis-http';
import { CrisisChangeCommandDto, StaffRef } from '../command-handling/dto-parts';
import { CRISIS_ROLES, isOneOf } from '../domain/crisis.vocabulary';
import { FillRoleCommand } from './fill-role.handler';

export class FillRoleDto extends CrisisChangeCommandDto {
  @ApiProperty({ example: 'ST-2M8X4R', description: 'pseudonymous reference of the person taking the role' })
  @StaffRef()
  holder: string;

  @ApiPropertyOptional({ example: 'Vagtskifte kl. 19' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}

@ApiTags('crisis-activations')
@Controller('crisis-activations')
export class FillRoleController {
  constructor(private readonly commands: CommandBus) {}

  @Put(':activationId/roles/:role')
  @HttpCode(200)
  @ApiParam({ name: 'role', enum: CRISIS_ROLES })
  @ApiOperation({ summary: 'Fill a crisis role, or hand it over when someone holds it already' })
  @ApiCommandAnswer(
    200,
    'Filled or handed over; ETag is the new revision',
    { activationId: 'uuid' },
    { ...EXERCISE_FLAG, role: { type: 'string', enum: [...CRISIS_ROLES] } },
  )
  async fill(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @UuidParam('activationId') activationId: string,
    @Param('role') role: string,
    @Body() body: FillRoleDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    if (!isOneOf(CRISIS_ROLES, role)) throw new RequestValidationException([{ field: 'role', message: `role must be one of ${CRISIS_ROLES.join(', ')}` }]);
    const command = new FillRoleCommand(
      { activationId, role, holder: body.holder, note: body.note, actor },
      commandMeta(actor, request, body.expectedRevision),
    );
    return answerActivation(response, await this.commands.execute(command), { activationId, role });
  }
}
