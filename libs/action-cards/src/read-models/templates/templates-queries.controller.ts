import { Controller, Get, NotFoundException, Param, ParseIntPipe, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { said, Words } from '@vigil/event-sourcing';
import { RequestValidationException, saidProblem } from '@vigil/http-problems';
import type { Response } from 'express';
import { templateIdParam } from '../../action-card-http';
import { isOneOf, SITUATIONS } from '../../domain/action-card.vocabulary';
import { TemplateDto, TemplateListDto, TemplateVersionDto } from './template-responses.dto';
import { GetTemplate, GetTemplateVersion, ListTemplates } from './templates.queries';

const TEMPLATE_ID = { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,79}$', example: 'violence-against-employee' } as const;
const notFound = (detail: string, words: Words) => new NotFoundException(saidProblem(404, 'template-not-found', words, detail));
const versionParam = new ParseIntPipe({
  exceptionFactory: () => new RequestValidationException([{ field: 'version', message: 'version must be a whole number' }]),
});

/** The card library: what cards exist, their versions, and each version exactly as published. */
@ApiTags('action-card-templates')
@Controller('action-card-templates')
export class TemplatesQueriesController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'List the action cards, optionally for one situation' })
  @ApiQuery({ name: 'situation', required: false, enum: SITUATIONS })
  @ApiOkResponse({ type: TemplateListDto })
  async list(@Actor() _actor: string, @Query('situation') situation?: string) {
    if (situation !== undefined && !isOneOf(SITUATIONS, situation))
      throw new RequestValidationException([{ field: 'situation', message: `must be one of ${SITUATIONS.join(', ')}` }]);
    return { items: await this.queries.execute(new ListTemplates(situation)) };
  }

  @Get(':templateId')
  @ApiOperation({ summary: 'One card: its current version, its draft and the list of versions (ETag = revision)' })
  @ApiParam({ name: 'templateId', schema: TEMPLATE_ID })
  @ApiOkResponse({ type: TemplateDto })
  async get(@Actor() _actor: string, @Param('templateId', templateIdParam) templateId: string, @Res({ passthrough: true }) response: Response) {
    const template = await this.queries.execute(new GetTemplate(templateId));
    if (!template) throw notFound(`No action card "${templateId}" exists`, said('action-cards.template-not-found', { template: templateId }));
    response.setHeader('ETag', `"${template.revision}"`);
    return template;
  }

  @Get(':templateId/versions/:version')
  @ApiOperation({ summary: 'A published version exactly as it was published (it never changes)' })
  @ApiParam({ name: 'templateId', schema: TEMPLATE_ID })
  @ApiParam({ name: 'version', schema: { type: 'integer', minimum: 1 } })
  @ApiOkResponse({ type: TemplateVersionDto })
  async version(@Actor() _actor: string, @Param('templateId', templateIdParam) templateId: string, @Param('version', versionParam) version: number) {
    const found = await this.queries.execute(new GetTemplateVersion(templateId, version));
    if (!found)
      throw notFound(
        `Action card "${templateId}" has no published version ${version}`,
        said('not-found.template-version', { template: templateId, version: String(version) }),
      );
    return found;
  }
}
