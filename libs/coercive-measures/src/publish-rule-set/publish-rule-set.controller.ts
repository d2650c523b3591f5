import { Body, Controller, Get, HttpCode, Post, UseFilters } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { COERCIVE_MEASURE_PROBLEMS } from '../coercive-measure-problems';
import { CommandRequest, CommandRequestInfo } from '../command-handling/request-context';
import { RuleSetCatalogue } from '../rule-sets/rule-set.catalogue';
import { PublishRuleSet } from './publish-rule-set.decide';
import { PublishRuleSetDto } from './publish-rule-set.dto';

@ApiTags('coercive-measures')
@Controller('coercive-measures/rule-sets')
@UseFilters(COERCIVE_MEASURE_PROBLEMS)
export class PublishRuleSetController {
  constructor(private readonly catalogue: RuleSetCatalogue) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Publish the next version of the security-cell rule set (effective in the future; never changed afterwards)' })
  @ApiCreatedResponse({ description: 'Published as an event in the rule-set stream' })
  publish(@Actor() actor: string, @CommandRequest() request: CommandRequestInfo, @Body() body: PublishRuleSetDto) {
    return this.catalogue.publish(body as unknown as Omit<PublishRuleSet, 'actor'>, actor, request);
  }

  @Get()
  @ApiOperation({ summary: 'Every published version of the rule set, with its rules and their sources' })
  async list(@Actor() _actor: string) {
    return { items: await this.catalogue.all() };
  }
}
