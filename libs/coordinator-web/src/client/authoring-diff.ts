/**
 * What changed between two versions of an action card or a readiness plan, as data the page puts into words: steps
 * matched by their stable id and named by title. Plain functions that use nothing but their arguments and each other, so
 * the page ships their source as its script (AUTHORING_DIFF_JS) and the unit test runs the very same code.
 */

/** One step as the API shows a card version (deadline in minutes). */
export interface DiffStep {
  id: string;
  title: string;
  instructions: string;
  responsibleRole: string;
  deadlineMinutes: number;
  mandatory: boolean;
  noteRequired: boolean;
  prerequisites: string[];
}

export interface DiffCard {
  title: string;
  situation: string;
  summary: string;
  steps: DiffStep[];
}

export interface DiffPlan {
  title: string;
  scenario: string;
  summary: string;
  actionCardTemplateIds: string[];
  roles: string[];
  initialLevel: string;
  revisionIntervalDays: number;
}

/** A changed value (`from` → `to`), or a changed list (`added`, `removed`). */
export interface Change {
  field: string;
  from?: unknown;
  to?: unknown;
  added?: string[];
  removed?: string[];
}

export interface StepChange {
  id: string;
  /** The title in the newer version; `changes` holds the former one when it changed. */
  title: string;
  changes: Change[];
}

export interface CardDiff {
  card: Change[];
  added: { id: string; title: string }[];
  removed: { id: string; title: string }[];
  changed: StepChange[];
}

/** The entries of `after` not in `before`, and of `before` not in `after`. */
export function listChange(field: string, before: string[], after: string[]): Change | null {
  const added = after.filter((x) => !before.includes(x));
  const removed = before.filter((x) => !after.includes(x));
  return added.length || removed.length ? { field, added, removed } : null;
}

/** The fields of `names` whose values differ between `a` and `b`. */
export function valueChanges<T extends object>(names: (keyof T & string)[], a: T, b: T): Change[] {
  return names.filter((name) => a[name] !== b[name]).map((name) => ({ field: name, from: a[name], to: b[name] }));
}

/** From `a` to `b`: the card's own fields, the steps added and removed, and each kept step's changed fields (prerequisites and order by title). */
export function cardDiff(a: DiffCard, b: DiffCard): CardDiff {
  const titleIn = (card: DiffCard, id: string) => (card.steps.find((s) => s.id === id) || { title: id }).title;
  const ids = (card: DiffCard) => card.steps.map((s) => s.id);
  const kept = ids(b).filter((id) => ids(a).includes(id));
  const changed: StepChange[] = [];
  for (const id of kept) {
    const before = a.steps.find((s) => s.id === id) as DiffStep;
    const after = b.steps.find((s) => s.id === id) as DiffStep;
    const changes = valueChanges<DiffStep>(['title', 'instructions', 'responsibleRole', 'deadlineMinutes', 'mandatory', 'noteRequired'], before, after);
    // Compared by id (a prerequisite renamed is the same step), named by title.
    const prerequisites = listChange('prerequisites', before.prerequisites, after.prerequisites);
    if (prerequisites) {
      prerequisites.added = (prerequisites.added || []).map((p) => titleIn(b, p));
      prerequisites.removed = (prerequisites.removed || []).map((p) => titleIn(a, p));
    }
    if (prerequisites) changes.push(prerequisites);
    // Order among the steps both versions have, so adding a step before it does not count as moving it.
    const placeBefore = ids(a)
      .filter((x) => kept.includes(x))
      .indexOf(id);
    const placeAfter = kept.indexOf(id);
    if (placeBefore !== placeAfter) changes.push({ field: 'order', from: ids(a).indexOf(id) + 1, to: ids(b).indexOf(id) + 1 });
    if (changes.length) changed.push({ id, title: after.title, changes });
  }
  return {
    card: valueChanges<DiffCard>(['title', 'situation', 'summary'], a, b),
    added: b.steps.filter((s) => !ids(a).includes(s.id)).map((s) => ({ id: s.id, title: s.title })),
    removed: a.steps.filter((s) => !ids(b).includes(s.id)).map((s) => ({ id: s.id, title: s.title })),
    changed,
  };
}

/** From `a` to `b`: the plan's changed values, and the action cards and roles added or removed. */
export function planDiff(a: DiffPlan, b: DiffPlan): Change[] {
  const changes = valueChanges<DiffPlan>(['title', 'scenario', 'summary', 'initialLevel', 'revisionIntervalDays'], a, b);
  const cards = listChange('actionCardTemplateIds', a.actionCardTemplateIds, b.actionCardTemplateIds);
  const roles = listChange('roles', a.roles, b.roles);
  return changes.concat(cards ? [cards] : [], roles ? [roles] : []);
}

/** Whether a diff found nothing. */
export function cardDiffIsEmpty(diff: CardDiff): boolean {
  return !diff.card.length && !diff.added.length && !diff.removed.length && !diff.changed.length;
}

/** The functions above as the browser runs them: their own source, compiled, declared in the page script's scope. */
export const AUTHORING_DIFF_JS = [listChange, valueChanges, cardDiff, planDiff, cardDiffIsEmpty].map((f) => f.toString()).join('\n') + '\n';
