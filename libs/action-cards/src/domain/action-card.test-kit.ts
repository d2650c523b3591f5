import { givenFor } from '@vigil/event-sourcing';
import { Card, normaliseCard } from './card';
import { RunEvent, RunStarted } from './run.events';
import { evolveRun, initialRun } from './run.state';
import { evolveTemplate, initialTemplate } from './template.state';

/** Fixed "now" for deciders: 20 March 2026, noon UTC. */
export const NOW = new Date('2026-03-20T12:00:00.000Z');
export const RUN_ID = '3b9e2c1a-5d4f-4e6a-8b7c-9d0e1f2a3b4c';
export const ACTOR = 'ST-7K3Q9P';
export const OTHER_ACTOR = 'ST-2M8X4R';

/** A three-step card: safety first (30 min), then a manager call needing a note, then an optional talk. */
export const CARD: Card = normaliseCard({
  title: 'Vold mod medarbejder',
  situation: 'violence-against-employee',
  steps: [
    { id: 'safety', title: 'Sikr personen', instructions: 'Bring medarbejderen i sikkerhed.', responsibleRole: 'duty-officer', deadline: 'PT30M' },
    {
      id: 'call-manager',
      title: 'Kontakt leder',
      instructions: 'Ring til nærmeste leder.',
      responsibleRole: 'crisis-coordinator',
      deadline: 60,
      noteRequired: true,
      prerequisites: ['safety'],
    },
    { id: 'talk', title: 'Samtale', instructions: 'Tilbyd en samtale.', responsibleRole: 'nearest-manager', deadline: 'P1D', mandatory: false },
  ],
});

export function runStarted(overrides: Partial<RunStarted['data']> = {}): RunStarted {
  return {
    type: 'action-cards.run-started.v1',
    data: {
      runId: RUN_ID,
      templateId: 'violence-against-employee',
      templateVersion: 1,
      card: CARD,
      startedAt: '2026-03-20T11:00:00.000Z',
      startedBy: ACTOR,
      area: 'syddanmark',
      institution: 'nyborg',
      trigger: { type: 'manual' },
      ...overrides,
    },
  };
}

export function completed(stepId: string, note: string | null = null, at = NOW): RunEvent {
  return { type: 'action-cards.step-completed.v1', data: { runId: RUN_ID, stepId, completedBy: ACTOR, completedAt: at.toISOString(), note } };
}

/** Given these events happened, the state a decider sees. */
export const givenRun = givenFor({ initial: initialRun, evolve: evolveRun });
export const givenTemplate = givenFor({ initial: initialTemplate, evolve: evolveTemplate });
