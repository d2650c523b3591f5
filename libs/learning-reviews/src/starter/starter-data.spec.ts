import { decidePublishCatalogue, initialCatalogue } from '../domain/catalogue';
import { decidePublishPolicy, initialPolicy, ruleFor } from '../domain/review-policy';
import { evolveReview, initialReview, ReviewState } from '../domain/review.state';
import { FACTOR_CLASSES } from '../domain/review.vocabulary';
import { activationReview, DemoStep, episodeReview } from './demo-reviews';
import { STARTER_INTERVENTIONS } from './starter-catalogue.data';
import { STARTER_POLICY_RULES } from './starter-policy.data';

const INCIDENT_KINDS = ['violence', 'threat', 'harassment', 'psychological-violence', 'near-miss', 'deviation', 'self-harm'];
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** Runs demo steps through their deciders in order, as the seed does on the store: every step must be accepted. */
function play(steps: DemoStep[]): ReviewState {
  return steps.reduce((state, step) => step.decide(state, step.at).reduce(evolveReview, state), initialReview);
}

describe('the starter catalogue and review policy', () => {
  it('publishes as the first catalogue version: about a dozen interventions of all three classes, each for real incident kinds', () => {
    const [event] = decidePublishCatalogue({ interventions: STARTER_INTERVENTIONS, reason: 'Starter', actor: 'SYS-LEARNING' }, initialCatalogue);
    expect(event.data.version).toBe(1);
    expect(event.data.interventions.length).toBeGreaterThanOrEqual(12);
    expect(new Set(event.data.interventions.map((i) => i.category))).toEqual(new Set(FACTOR_CLASSES));
    expect(new Set(event.data.interventions.map((i) => i.horizon))).toEqual(new Set(['short', 'long']));
    for (const i of event.data.interventions) expect(i.kinds.every((k) => INCIDENT_KINDS.includes(k))).toBe(true);
  });

  it('publishes as the first policy version, the heaviest rule first', () => {
    const [event] = decidePublishPolicy({ rules: STARTER_POLICY_RULES, reason: 'Starter', actor: 'SYS-LEARNING' }, initialPolicy);
    const policy = { version: 1, rules: event.data.rules };
    const hospitalised = { kind: 'violence', target: 'staff-on-duty', severity: 'critical', physicalInjury: 'hospitalised' };
    expect(ruleFor(policy, hospitalised)).toMatchObject({ review: 'full', startWithinDays: 7, finishWithinDays: 30 });
    expect(ruleFor(policy, { ...hospitalised, physicalInjury: 'minor' })).toMatchObject({ review: 'after-action', finishWithinDays: 14 });
    expect(ruleFor(policy, { kind: 'threat', target: 'staff-off-duty', severity: 'moderate' })).toMatchObject({ review: 'huddle', startWithinDays: 3 });
    expect(ruleFor(policy, { kind: 'threat', target: 'inmate', severity: 'minor' })).toBeNull();
  });
});

describe('the demo reviews', () => {
  const catalogue = new Map(STARTER_INTERVENTIONS.map((i) => [i.id, 1]));

  it('records a full review of an episode through to publication, with one action left open past its due day and one under way', () => {
    const reportedAt = new Date('2026-01-10T09:00:00Z');
    const episode = {
      incidentId: id(1),
      reportedAt,
      institution: 'nyborg',
      reportEventId: id(2),
      laterEventId: id(3),
      laterAt: new Date('2026-01-11T09:00:00Z'),
      laterWhat: 'politianmeldelse',
      targetRef: 'ST-7K3Q9P',
    };
    const state = play(episodeReview(id(9), episode, catalogue));
    expect(state).toMatchObject({ status: 'published', kind: 'full', unit: 'institution:nyborg' });
    expect(state.moments.map((m) => m.eventId)).toEqual([id(2), id(3)]);
    expect(new Set(state.items.filter((i) => i.type === 'factor').map((i) => i.class))).toEqual(new Set(FACTOR_CLASSES));
    expect(state.items.filter((i) => i.type === 'finding').map((i) => i.kind)).toEqual(['went-well', 'went-wrong', 'went-wrong']);
    expect(state.actions.map((a) => [a.status, a.dueOn < '2026-02-15'])).toEqual([
      ['planned', true],
      ['under-way', false],
      ['done', true],
    ]);
    expect(state.participants.map((p) => p.role)).toContain('involved-staff');
  });

  it('records an after-action review of an evaluated activation as a draft, with a new intervention proposed', () => {
    const start = new Date('2026-03-01T09:00:00Z');
    const activation = {
      activationId: id(4),
      exercise: false,
      planTitle: 'Brand',
      institution: 'renbaek',
      area: 'syddanmark',
      evaluationReference: id(5),
      evaluatedAt: new Date('2026-02-28T09:00:00Z'),
      leadRef: 'ST-4H7N2K',
      decisionEventId: id(6),
      communicationEventId: id(7),
      roleEventIds: [id(8)],
      evaluationEventId: id(10),
    };
    const state = play(activationReview(id(11), activation, catalogue, start, new Date('2026-03-03T09:00:00Z')));
    expect(state).toMatchObject({ status: 'draft', kind: 'after-action', unit: 'institution:renbaek' });
    expect(state.subject).toEqual({ type: 'activation', activationId: id(4), exercise: false, evaluationReference: id(5) });
    expect(state.moments).toHaveLength(2);
    expect(state.actions.map((a) => ('proposed' in a.intervention ? 'proposed' : a.intervention.interventionId))).toEqual(['radio-alarm-coverage', 'proposed']);
    expect(state.signedOff).toEqual({});
  });
});
