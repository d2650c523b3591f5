import { givenFor } from '@vigil/event-sourcing';
import { PlacementEvent, PlacementStarted } from './placement.events';
import { evolve, initial, PlacementState } from './placement.state';
import { PlacementTimeline, timelineOf } from './placement.timeline';

/** Fixed "now" for deciders: 20 March 2026, noon UTC. */
export const NOW = new Date('2026-03-20T12:00:00.000Z');
export const PLACEMENT_ID = '3d6f0a52-8c1e-4b7a-9d2f-6e5c4b3a2f10';
export const ACTOR = 'ST-7K3Q9P';
export const START = '2026-03-20T08:00:00.000Z';

/** An instant `minutes` after the start (negative: before it). */
export const plus = (minutes: number, from = START): string => new Date(new Date(from).getTime() + minutes * 60_000).toISOString();

export function started(overrides: Partial<PlacementStarted['data']> = {}): PlacementStarted {
  return {
    type: 'coercive-measures.placement-started.v1',
    data: {
      placementId: PLACEMENT_ID,
      measure: 'security-cell',
      restrained: true,
      inmateRef: 'IN-4F7K2Q',
      institution: 'nyborg',
      startedAt: START,
      legalBasis: 'dk-strfl-66-1-1',
      legalParagraph: 'straffuldbyrdelsesloven § 66, stk. 1, nr. 1',
      reason: { category: 'violent-resistance', text: 'Indsat gjorde voldsom modstand ved visitation.' },
      alternatives: [{ measure: 'de-escalation', outcome: 'tried-insufficient', note: 'Samtale i 10 minutter uden effekt.' }],
      decidedBy: 'ST-2M8R4T',
      authorisedBy: 'ST-9X1L5V',
      ...overrides,
    },
  };
}

export const noted = (minutes: number, note = 'Ligger roligt på briksen.'): PlacementEvent => ({
  type: 'coercive-measures.observation-noted.v1',
  data: { placementId: PLACEMENT_ID, observedAt: plus(minutes), note },
});
export const doctorCalled = (minutes: number): PlacementEvent => ({
  type: 'coercive-measures.doctor-called.v1',
  data: { placementId: PLACEMENT_ID, calledAt: plus(minutes), reason: 'restraint' },
});
export const doctorArrived = (minutes: number): PlacementEvent => ({
  type: 'coercive-measures.doctor-arrived.v1',
  data: { placementId: PLACEMENT_ID, arrivedAt: plus(minutes), assessment: 'examined' },
});
export const ended = (minutes: number): PlacementEvent => ({
  type: 'coercive-measures.placement-ended.v1',
  data: { placementId: PLACEMENT_ID, endedAt: plus(minutes), reason: { category: 'no-longer-necessary', text: 'Indsat faldet til ro.' } },
});
export const followUp = (minutes: number): PlacementEvent => ({
  type: 'coercive-measures.follow-up-conversation-held.v1',
  data: { placementId: PLACEMENT_ID, heldAt: plus(minutes), heldBy: 'ST-2M8R4T', inmateParticipated: true, summary: 'Forløbet gennemgået med den indsatte.' },
});
export const managementReview = (minutes: number): PlacementEvent => ({
  type: 'coercive-measures.management-review-recorded.v1',
  data: { placementId: PLACEMENT_ID, reviewedAt: plus(minutes), reviewedBy: 'ST-9X1L5V', conclusion: 'justified' },
});
export const legalReview = (minutes: number): PlacementEvent => ({
  type: 'coercive-measures.legal-review-recorded.v1',
  data: { placementId: PLACEMENT_ID, reviewedAt: plus(minutes), reviewedBy: 'ST-JUR001', conclusion: 'lawful' },
});

export { errorOf } from '@vigil/event-sourcing';

/** Given these events happened, the state a decider sees. */
export const given = givenFor<PlacementState, PlacementEvent>({ initial, evolve });

/** The events as a stream (revision i, id `e<i>`) folded into the timeline the evaluator reads. */
export function timeline(...events: PlacementEvent[]): PlacementTimeline {
  const result = timelineOf(events.map((e, revision) => ({ id: `e${revision}`, revision, type: e.type, data: e.data })));
  if (!result) throw new Error('a timeline starts with placement-started');
  return result;
}
