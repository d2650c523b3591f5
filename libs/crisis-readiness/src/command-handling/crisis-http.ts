import { slugParam } from '@vigil/http-commands';
import { SLUG } from '../domain/crisis.vocabulary';

/** Plan ids are slugs; anything else is a 400 naming the parameter. */
export const planIdParam = slugParam('planId', SLUG, 'riot-institution');

/** Every answer about an activation says whether it is an exercise, documented once. */
export const EXERCISE_FLAG = { exercise: { type: 'boolean', description: 'true for an exercise ("øvelse")' } };
