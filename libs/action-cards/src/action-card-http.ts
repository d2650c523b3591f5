import { slugParam } from '@vigil/http-commands';
import { SLUG } from './domain/action-card.vocabulary';

/** Template and step ids are slugs; anything else is a 400 naming the parameter. */
export const templateIdParam = slugParam('templateId', SLUG, 'violence-against-employee');
export const stepIdParam = slugParam('stepId', SLUG, 'call-manager');

/** Each command also answers with the card or run as it now stands, so the page need not read it again. */
export const STATE_AFTER = { state: { type: 'object', description: 'the card or run as it stands after the command' } };
