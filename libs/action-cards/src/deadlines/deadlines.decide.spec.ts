import { completed, givenRun, runStarted } from '../domain/action-card.test-kit';
import { decide, nextDeadlineCheck } from './deadlines.decide';

const at = (iso: string) => new Date(iso);
const GRACE = 60;

describe('deadlines', () => {
  it('says nothing before the deadline', () => {
    expect(decide(givenRun(runStarted()), 'safety', at('2026-03-20T11:29:59Z'), GRACE)).toEqual([]);
  });
  it('records overdue with the deadline as dueAt, not the time it was noticed', () => {
    const events = decide(givenRun(runStarted()), 'safety', at('2026-03-20T11:45:00Z'), GRACE);
    expect(events).toEqual([
      {
        type: 'action-cards.step-became-overdue.v1',
        data: { runId: runStarted().data.runId, stepId: 'safety', dueAt: '2026-03-20T11:30:00.000Z', responsibleRole: 'duty-officer' },
      },
    ]);
  });
  it('after downtime past the grace period records overdue and escalation to the manager at once, each once', () => {
    const events = decide(givenRun(runStarted()), 'safety', at('2026-03-25T00:00:00Z'), GRACE);
    expect(events.map((e) => e.type)).toEqual(['action-cards.step-became-overdue.v1', 'action-cards.step-escalated.v1']);
    expect(events[1].data).toMatchObject({ escalateAt: '2026-03-20T12:30:00.000Z', responsibleRole: 'duty-officer', escalatedTo: 'institution-manager' });
    expect(decide(givenRun(runStarted(), ...events), 'safety', at('2026-03-26T00:00:00Z'), GRACE)).toEqual([]);
    expect(nextDeadlineCheck(givenRun(runStarted(), ...events), 'safety', GRACE)).toBeNull();
  });
  it('ignores done steps and completed runs', () => {
    expect(decide(givenRun(runStarted(), completed('safety')), 'safety', at('2026-03-25T00:00:00Z'), GRACE)).toEqual([]);
    expect(nextDeadlineCheck(givenRun(runStarted()), 'safety', GRACE)).toBe('2026-03-20T11:30:00.000Z');
  });
});
