import { AUTHORING_DIFF_JS, cardDiff, cardDiffIsEmpty, DiffCard, DiffPlan, DiffStep, planDiff } from './authoring-diff';

const step = (id: string, title: string, more: Partial<DiffStep> = {}): DiffStep => ({
  id,
  title,
  instructions: 'Gør det.',
  responsibleRole: 'nearest-manager',
  deadlineMinutes: 60,
  mandatory: true,
  noteRequired: false,
  prerequisites: [],
  ...more,
});
const card = (...steps: DiffStep[]): DiffCard => ({ title: 'Vold mod medarbejder', situation: 'violence-against-employee', summary: '', steps });
const plan: DiffPlan = {
  title: 'Uro',
  scenario: 'riot',
  summary: '',
  actionCardTemplateIds: ['crisis-riot'],
  roles: ['crisis-lead', 'log-keeper'],
  initialLevel: 'tactical',
  revisionIntervalDays: 365,
};

describe('the difference between two versions of a card or a plan', () => {
  it('finds nothing between a card and itself', () => {
    const same = card(step('a', 'Ring til leder'), step('b', 'Skriv rapport', { prerequisites: ['a'] }));
    expect(cardDiffIsEmpty(cardDiff(same, same))).toBe(true);
  });

  it('names added, removed and changed steps by title, prerequisites by the titles of the steps they name', () => {
    const before = card(step('a', 'Ring til leder'), step('b', 'Skriv rapport'), step('c', 'Luk sagen'));
    const after = card(
      step('a', 'Ring til nærmeste leder', { deadlineMinutes: 120 }),
      step('b', 'Skriv rapport', { prerequisites: ['a'], mandatory: false }),
      step('d', 'Tilbyd samtale'),
    );
    expect(cardDiff(before, after)).toEqual({
      card: [],
      added: [{ id: 'd', title: 'Tilbyd samtale' }],
      removed: [{ id: 'c', title: 'Luk sagen' }],
      changed: [
        {
          id: 'a',
          title: 'Ring til nærmeste leder',
          changes: [
            { field: 'title', from: 'Ring til leder', to: 'Ring til nærmeste leder' },
            { field: 'deadlineMinutes', from: 60, to: 120 },
          ],
        },
        {
          id: 'b',
          title: 'Skriv rapport',
          changes: [
            { field: 'mandatory', from: true, to: false },
            { field: 'prerequisites', added: ['Ring til nærmeste leder'], removed: [] },
          ],
        },
      ],
    });
  });

  it('does not count a prerequisite as changed when only its title changed', () => {
    const before = card(step('a', 'A'), step('b', 'B', { prerequisites: ['a'] }));
    const after = card(step('a', 'A renamed'), step('b', 'B', { prerequisites: ['a'] }));
    expect(cardDiff(before, after).changed.map((s) => s.id)).toEqual(['a']);
  });

  it('counts a step as moved only when its place among the steps both versions keep changes', () => {
    const before = card(step('a', 'A'), step('b', 'B'));
    expect(cardDiff(before, card(step('n', 'New'), step('a', 'A'), step('b', 'B'))).changed).toEqual([]);
    expect(cardDiff(before, card(step('b', 'B'), step('a', 'A'))).changed).toEqual([
      { id: 'b', title: 'B', changes: [{ field: 'order', from: 2, to: 1 }] },
      { id: 'a', title: 'A', changes: [{ field: 'order', from: 1, to: 2 }] },
    ]);
  });

  it("reports the card's own title, situation and summary", () => {
    const after = { ...card(step('a', 'A')), title: 'Trusler mod medarbejder', summary: 'Ny.' };
    expect(cardDiff(card(step('a', 'A')), after).card).toEqual([
      { field: 'title', from: 'Vold mod medarbejder', to: 'Trusler mod medarbejder' },
      { field: 'summary', from: '', to: 'Ny.' },
    ]);
  });

  it("reports a plan's changed values and the cards and roles it gained or lost", () => {
    const after = { ...plan, initialLevel: 'strategic', actionCardTemplateIds: ['crisis-riot', 'crisis-fire'], roles: ['crisis-lead'] };
    expect(planDiff(plan, after)).toEqual([
      { field: 'initialLevel', from: 'tactical', to: 'strategic' },
      { field: 'actionCardTemplateIds', added: ['crisis-fire'], removed: [] },
      { field: 'roles', added: [], removed: ['log-keeper'] },
    ]);
    expect(planDiff(plan, plan)).toEqual([]);
  });

  it('ships the same functions to the browser, where they run on their own', () => {
    const shipped = new Function(`${AUTHORING_DIFF_JS}; return { cardDiff, planDiff };`)() as { cardDiff: typeof cardDiff; planDiff: typeof planDiff };
    const before = card(step('a', 'A'), step('b', 'B'));
    const after = card(step('a', 'A2'), step('c', 'C'));
    expect(shipped.cardDiff(before, after)).toEqual(cardDiff(before, after));
    expect(shipped.planDiff(plan, { ...plan, roles: ['crisis-lead'] })).toEqual(planDiff(plan, { ...plan, roles: ['crisis-lead'] }));
  });
});
