import { ActivationEvent } from '../../domain/activation.events';
import { EntryLabels, whatOf } from './activation-timeline';

const D1 = '57c89bf1-0000-4000-8000-000000000001';
const C1 = '57c89bf1-0000-4000-8000-000000000002';
const D2 = '57c89bf1-0000-4000-8000-000000000003';
const logged = (kind: 'decision' | 'communication', entryId: string, corrects?: string) =>
  ({ type: `crisis-readiness.${kind}-logged.v1`, data: { entryId, ...(corrects ? { corrects } : {}) } }) as unknown as ActivationEvent;

describe("the activation timeline's account of log entries", () => {
  it('names decisions D1, D2… and communications C1… in the order logged, as the activation page does, never by id', () => {
    const labels = new EntryLabels();
    const what = [logged('decision', D1), logged('communication', C1), logged('decision', D2, D1)].map((event) => {
      labels.note(event);
      return whatOf(event, labels);
    });
    expect(what).toEqual(['Decision D1 logged', 'Communication C1 logged', 'Decision D2 logged, correcting D1']);
  });
});
