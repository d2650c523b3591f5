import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { DataSource } from 'typeorm';

/** The start policy in force: which incidents start which card by themselves. */
@ApiTags('action-card-runs')
@Controller('action-card-start-policy')
export class StartPolicyController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @ApiOperation({ summary: 'Which incident kinds and targets start which action card; applies to incidents recorded after publishedAt' })
  async get(@Actor() _actor: string) {
    const [row] = await this.dataSource.query(`SELECT version, rules, published_at AS "publishedAt" FROM action_card_start_policy WHERE policy_id = 'incident-start'`);
    return row ? { inForce: true, ...row } : { inForce: false, version: null, rules: [], publishedAt: null };
  }
}
