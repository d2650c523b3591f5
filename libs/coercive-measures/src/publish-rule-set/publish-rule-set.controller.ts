import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { answer, ApiCommandAnswer, CommandRequest, CommandRequestInfo, commandMeta } from '@vigil/http-commands';
import type { Response } from 'express';
import { PublishRuleSetDto } from './publish-rule-set.dto';
import { PublishRuleSetCommand } from './publish-rule-set.handler';

/** The version published: the one asked for, since the rules refuse any but the next. */
const VERSION = { version: { type: 'integer', minimum: 1, description: 'the version published' } };

@ApiTags('coercive-measures')
@Controller('coercive-measures/rule-sets')
export class PublishRuleSetController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: "Publish the next version of a country's security-cell rule set (effective in the future; never changed afterwards)" })
  @ApiCommandAnswer(201, "Published as an event in the country's rule-set stream; ETag is its revision", {}, VERSION)
  async publish(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @Body() body: PublishRuleSetDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const outcome = await this.commands.execute(new PublishRuleSetCommand(body.toCommand(actor), commandMeta(actor, request, body.expectedRevision)));
    return answer(response, outcome, { version: body.version });
  }
}
