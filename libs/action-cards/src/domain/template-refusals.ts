import { said } from '@vigil/event-sourcing';
import { ActionCardError } from './action-card.errors';

/** The refusals drafting, publishing and retiring a card share, each with its words for people. */
export const templateRefusal = {
  exists: (templateId: string) =>
    new ActionCardError(
      'template-already-exists',
      `Action card "${templateId}" already exists`,
      'templateId',
      said('action-cards.template-exists', { template: templateId }),
    ),
  notFound: (templateId: string) =>
    new ActionCardError(
      'template-not-found',
      `No action card "${templateId}" exists`,
      'templateId',
      said('action-cards.template-not-found', { template: templateId }),
    ),
  retired: (templateId: string, already = false) =>
    new ActionCardError(
      'template-retired',
      `Action card "${templateId}" is ${already ? 'already ' : ''}retired`,
      'templateId',
      said('action-cards.already-retired', { template: templateId }),
    ),
  nothingToPublish: (templateId: string) =>
    new ActionCardError(
      'nothing-to-publish',
      `Action card "${templateId}" has no draft to publish`,
      'templateId',
      said('action-cards.nothing-to-publish', { template: templateId }),
    ),
};
