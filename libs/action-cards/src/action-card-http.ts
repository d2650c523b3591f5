import { applyDecorators, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import { ApiCommandAnswer, slugParam } from '@vigil/http-commands';
import { SLUG } from './domain/action-card.vocabulary';

/** Template and step ids are slugs; anything else is a 400 naming the parameter. */
export const templateIdParam = slugParam('templateId', SLUG, 'violence-against-employee');
export const stepIdParam = slugParam('stepId', SLUG, 'call-manager');

/** Each command also answers with the card or run as it now stands, so the page need not read it again. */
export const STATE_AFTER = { state: { type: 'object', description: 'the card or run as it stands after the command' } };

/** A change to one step of a run: `POST action-card-runs/:runId/steps/:stepId/<action>`, answered with the run as it stands. */
export const StepCommand = (action: string, summary: string) =>
  applyDecorators(
    Post(`:runId/steps/:stepId/${action}`),
    HttpCode(200),
    ApiOperation({ summary }),
    ApiCommandAnswer(
      200,
      'Recorded; ETag is the run revision. 409 with the current state when another coordinator got there first.',
      { runId: 'uuid', stepId: 'slug' },
      STATE_AFTER,
    ),
  );

/** The step id in a step command's path. */
export const StepIdParam = () => Param('stepId', stepIdParam);
