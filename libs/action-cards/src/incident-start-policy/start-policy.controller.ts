import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { StartPolicyDto } from './start-policy-responses.dto';
import { GetStartPolicy } from './start-policy.queries';

/** The start policy in force: which incidents start which card by themselves. */
@ApiTags('action-card-runs')
@Controller('action-card-start-policy')
export class StartPolicyController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'Which incident kinds and targets start which action card; applies to incidents recorded after publishedAt' })
  @ApiOkResponse({ type: StartPolicyDto })
  get(@Actor() _actor: string) {
    return this.queries.execute(new GetStartPolicy());
  }
}
