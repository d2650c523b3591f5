import { said } from '@vigil/event-sourcing';
import { ActionCardError } from './action-card.errors';
import { isOneOf, ResponsibleRole, RESPONSIBLE_ROLES, Situation, SITUATIONS, SLUG } from './action-card.vocabulary';
import { deadlineMinutes, formatMinutes } from './deadline-duration';

/** One step of a card, in the order the card lists it. */
export interface CardStep {
  id: string;
  title: string;
  instructions: string;
  responsibleRole: ResponsibleRole;
  /** Deadline relative to the run's start, canonical ISO 8601 duration. */
  deadline: string;
  deadlineMinutes: number;
  mandatory: boolean;
  noteRequired: boolean;
  /** Steps that must be done (or skipped with a justification) before this one. */
  prerequisites: string[];
}

/** The content of one version of an action card: what a run pins and shows years later. */
export interface Card {
  title: string;
  situation: Situation;
  summary: string;
  steps: CardStep[];
}

/** A card as a client writes it: deadlines as ISO 8601 durations or minutes. */
export interface CardInput {
  title: unknown;
  situation: unknown;
  summary?: unknown;
  steps: unknown;
}

const text = (value: unknown, field: string, max: number): string => {
  if (typeof value !== 'string' || !/\S/.test(value))
    throw new ActionCardError('invalid-value', `${field} must be a non-blank text`, field, said('validation.blank'));
  if (value.length > max) throw new ActionCardError('invalid-value', `${field} must be at most ${max} characters`, field, said('validation.too-long', { max }));
  return value.trim();
};

const flag = (value: unknown, field: string, fallback: boolean): boolean => {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw new ActionCardError('invalid-value', `${field} must be true or false`, field, said('validation.yes-no'));
  return value;
};

function normaliseStep(raw: unknown, at: string): CardStep {
  const step = (raw ?? {}) as Record<string, unknown>;
  if (typeof step.id !== 'string' || !SLUG.test(step.id))
    throw new ActionCardError('invalid-value', `${at}.id must be a slug such as call-manager`, `${at}.id`, said('refusal.slug'));
  if (!isOneOf(RESPONSIBLE_ROLES, step.responsibleRole)) {
    throw new ActionCardError(
      'invalid-value',
      `${at}.responsibleRole must be one of ${RESPONSIBLE_ROLES.join(', ')}`,
      `${at}.responsibleRole`,
      said('validation.choice'),
    );
  }
  const prerequisites = step.prerequisites ?? [];
  if (!Array.isArray(prerequisites) || prerequisites.some((p) => typeof p !== 'string')) {
    throw new ActionCardError('invalid-value', `${at}.prerequisites must be a list of step ids`, `${at}.prerequisites`, said('validation.list'));
  }
  const minutes = deadlineMinutes(step.deadline, `${at}.deadline`);
  return {
    id: step.id,
    title: text(step.title, `${at}.title`, 200),
    instructions: text(step.instructions, `${at}.instructions`, 4000),
    responsibleRole: step.responsibleRole,
    deadline: formatMinutes(minutes),
    deadlineMinutes: minutes,
    mandatory: flag(step.mandatory, `${at}.mandatory`, true),
    noteRequired: flag(step.noteRequired, `${at}.noteRequired`, false),
    prerequisites: [...new Set(prerequisites as string[])],
  };
}

/** Steps whose prerequisites lead back to themselves, found by depth-first search. */
function findCycle(steps: CardStep[]): string | null {
  const byId = new Map(steps.map((s) => [s.id, s]));
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string): string | null => {
    if (state.get(id) === 'done') return null;
    if (state.get(id) === 'visiting') return id;
    state.set(id, 'visiting');
    for (const next of byId.get(id)!.prerequisites) {
      const found = visit(next);
      if (found) return found;
    }
    state.set(id, 'done');
    return null;
  };
  for (const step of steps) {
    const found = visit(step.id);
    if (found) return found;
  }
  return null;
}

/** Validates a card as written and returns its canonical form; every refusal names its field. */
export function normaliseCard(input: CardInput): Card {
  const title = text(input.title, 'title', 200);
  if (!isOneOf(SITUATIONS, input.situation))
    throw new ActionCardError('invalid-value', `situation must be one of ${SITUATIONS.join(', ')}`, 'situation', said('validation.choice'));
  const summary = input.summary === undefined || input.summary === '' ? '' : text(input.summary, 'summary', 4000);
  if (!Array.isArray(input.steps) || input.steps.length === 0 || input.steps.length > 100) {
    throw new ActionCardError('invalid-value', 'steps must list between 1 and 100 steps', 'steps', said('action-cards.steps-count'));
  }
  const steps = input.steps.map((raw, i) => normaliseStep(raw, `steps.${i}`));
  const seen = new Set<string>();
  steps.forEach((step, i) => {
    if (seen.has(step.id))
      throw new ActionCardError('invalid-value', `step id "${step.id}" appears twice`, `steps.${i}.id`, said('action-cards.step-twice', { id: step.id }));
    seen.add(step.id);
  });
  steps.forEach((step, i) =>
    step.prerequisites.forEach((p, j) => {
      if (!seen.has(p))
        throw new ActionCardError(
          'invalid-value',
          `prerequisite "${p}" is not a step of this card`,
          `steps.${i}.prerequisites.${j}`,
          said('action-cards.prerequisite-unknown', { id: p }),
        );
      if (p === step.id)
        throw new ActionCardError(
          'invalid-value',
          `step "${p}" cannot be its own prerequisite`,
          `steps.${i}.prerequisites.${j}`,
          said('action-cards.own-prerequisite'),
        );
    }),
  );
  const cycle = findCycle(steps);
  if (cycle)
    throw new ActionCardError(
      'invalid-value',
      `the prerequisites of step "${cycle}" form a cycle`,
      `steps.${steps.findIndex((s) => s.id === cycle)}.prerequisites`,
      said('action-cards.prerequisite-cycle', { step: steps.find((s) => s.id === cycle)?.title ?? cycle }),
    );
  return { title, situation: input.situation, summary, steps };
}
