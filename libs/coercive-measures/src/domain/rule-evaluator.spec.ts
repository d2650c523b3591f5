import { BASELINE_RULE_SET } from './rule-set.baseline';
import { doctorArrived, doctorCalled, ended, followUp, legalReview, managementReview, noted, plus, started, timeline } from './placement.test-kit';
import { PlacementEvent } from './placement.events';
import { evaluate, RuleVerdict } from './rule-evaluator';
import { RuleSet } from './rule-set';

const DAY = 24 * 60;
const v1 = BASELINE_RULE_SET;

/** Given the events, when evaluated at `minutes` after the start, then the verdict of one rule. */
function verdictOf(ruleId: string, at: number, events: PlacementEvent[], ruleSet: RuleSet = v1): RuleVerdict {
  const found = evaluate(ruleSet, timeline(...events), new Date(plus(at))).verdicts.find((v) => v.ruleId === ruleId);
  if (!found) throw new Error(`no verdict for ${ruleId}`);
  return found;
}
const everyQuarter = (until: number) => Array.from({ length: Math.floor(until / 15) }, (_, i) => noted((i + 1) * 15));
const allKept = [
  started(),
  doctorCalled(20),
  doctorArrived(45),
  ...everyQuarter(120),
  ended(120),
  followUp(120 + DAY),
  managementReview(120 + 3 * DAY),
  legalReview(120 + 10 * DAY),
];

describe('rule evaluator: a case that kept every rule', () => {
  it('finds every rule of v1 kept, and says which rule set judged it and when', () => {
    const result = evaluate(v1, timeline(...allKept), new Date(plus(60 * DAY)));
    expect(result).toMatchObject({ ruleSetVersion: 1, evaluatedAt: plus(60 * DAY) });
    expect(result.verdicts.map((v) => [v.ruleId, v.verdict])).toEqual([
      ['observation-notes', 'kept'],
      ['doctor-called', 'kept'],
      ['follow-up-conversation', 'kept'],
      ['management-review', 'kept'],
      ['legal-review', 'kept'],
    ]);
  });

  it('proves a kept deadline with the anchor event and the fact event', () => {
    expect(verdictOf('doctor-called', 60 * DAY, allKept).evidence).toEqual([
      { role: 'start', at: plus(0), revision: 0, eventId: 'e0', type: 'coercive-measures.placement-started.v1' },
      { role: 'doctor-called', at: plus(20), revision: 1, eventId: 'e1', type: 'coercive-measures.doctor-called.v1' },
    ]);
  });
});

describe('rule evaluator: observation notes at least every 15 minutes', () => {
  it('keeps a gap of exactly 15 minutes and breaches one of 15 minutes and a second', () => {
    expect(verdictOf('observation-notes', 120, [started(), noted(15), noted(30), ended(45)]).verdict).toBe('kept');
    const late = [
      started(),
      noted(15),
      { ...noted(0), data: { ...noted(0).data, observedAt: new Date(new Date(plus(30)).getTime() + 1000).toISOString() } } as PlacementEvent,
      ended(40),
    ];
    expect(verdictOf('observation-notes', 120, late).verdict).toBe('breached');
  });

  it('names the two notes with the longest gap as evidence of a breach', () => {
    const verdict = verdictOf('observation-notes', 300, [started(), noted(10), noted(20), noted(62), noted(70), ended(80)]);
    expect(verdict).toMatchObject({ verdict: 'breached', dueBy: null });
    expect(verdict.evidence.map((e) => [e.role, e.revision, e.at])).toEqual([
      ['note', 2, plus(20)],
      ['note', 3, plus(62)],
    ]);
    expect(verdict.words).toMatchObject({ key: 'verdict.notes-breached', values: { gap: { minutes: 42 }, from: { term: 'point.note' } } });
  });

  it('counts the stretch from the start to the first note and from the last note to the end', () => {
    expect(verdictOf('observation-notes', 300, [started(), noted(20), ended(30)]).evidence.map((e) => e.role)).toEqual(['start', 'note']);
    expect(verdictOf('observation-notes', 300, [started(), noted(10), ended(40)]).evidence.map((e) => e.role)).toEqual(['note', 'end']);
  });

  it('orders notes by observation time, whatever order they were recorded in', () => {
    expect(verdictOf('observation-notes', 300, [started(), noted(30), noted(15), noted(45), ended(60)]).verdict).toBe('kept');
  });

  it('is not yet due while the placement lasts and the last note is recent, and says when the next is due', () => {
    expect(verdictOf('observation-notes', 25, [started(), noted(10), noted(20)])).toMatchObject({ verdict: 'not-yet-due', dueBy: plus(35) });
  });

  it('turns into a breach with time alone when no note follows, proven by the last note and the evaluation moment', () => {
    const events = [started(), noted(10)];
    expect(verdictOf('observation-notes', 25, events).verdict).toBe('not-yet-due');
    const breached = verdictOf('observation-notes', 26, events);
    expect(breached.verdict).toBe('breached');
    expect(breached.evidence.map((e) => [e.role, e.revision])).toEqual([
      ['note', 1],
      ['evaluation-moment', null],
    ]);
  });

  it('breaches an ended placement without a single note longer than 15 minutes, and keeps a 15-minute one without notes', () => {
    expect(verdictOf('observation-notes', 300, [started(), ended(16)]).verdict).toBe('breached');
    expect(verdictOf('observation-notes', 300, [started(), ended(15)]).verdict).toBe('kept');
  });
});

describe('rule evaluator: a doctor called within 60 minutes of a restrained placement', () => {
  it('keeps a call at exactly 60 minutes and breaches one at 61, saying how late', () => {
    expect(verdictOf('doctor-called', 200, [started(), doctorCalled(60)]).verdict).toBe('kept');
    const late = verdictOf('doctor-called', 200, [started(), doctorCalled(61)]);
    expect(late).toMatchObject({ verdict: 'breached' });
    expect(late.words).toMatchObject({ key: 'verdict.late', values: { fact: { term: 'fact.doctor-called' }, late: { minutes: 1 } } });
    expect(late.evidence.map((e) => e.role)).toEqual(['start', 'doctor-called']);
  });

  it('is not yet due before the deadline and breached after it when no doctor was called', () => {
    expect(verdictOf('doctor-called', 60, [started()])).toMatchObject({ verdict: 'not-yet-due', dueBy: plus(60) });
    expect(verdictOf('doctor-called', 61, [started()])).toMatchObject({ verdict: 'breached', dueBy: null });
  });

  it('does not apply when the inmate was not restrained', () => {
    expect(verdictOf('doctor-called', 500, [started({ restrained: false })]).verdict).toBe('not-applicable');
  });

  it('ignores a call recorded for a time after the evaluation moment', () => {
    expect(verdictOf('doctor-called', 30, [started(), doctorCalled(40)])).toMatchObject({ verdict: 'not-yet-due', dueBy: plus(60) });
  });
});

describe('rule evaluator: deadlines after the end (follow-up conversation 3 days, management review 7 days, legal review 30 days)', () => {
  const end = 120;
  it('are not yet due while the placement lasts, without a due date', () => {
    expect(verdictOf('follow-up-conversation', 100, [started()])).toMatchObject({ verdict: 'not-yet-due', dueBy: null });
  });

  it('keep a follow-up conversation exactly 3 days after the end and breach one a minute later', () => {
    expect(verdictOf('follow-up-conversation', 10 * DAY, [started(), ended(end), followUp(end + 3 * DAY)]).verdict).toBe('kept');
    expect(verdictOf('follow-up-conversation', 10 * DAY, [started(), ended(end), followUp(end + 3 * DAY + 1)]).verdict).toBe('breached');
  });

  it('move from not yet due to breached as time passes without the fact, proven by the end event', () => {
    const events = [started(), ended(end)];
    expect(verdictOf('management-review', end + 7 * DAY, events)).toMatchObject({ verdict: 'not-yet-due', dueBy: plus(end + 7 * DAY) });
    const breached = verdictOf('management-review', end + 7 * DAY + 1, events);
    expect(breached.verdict).toBe('breached');
    expect(breached.evidence.map((e) => [e.role, e.revision])).toEqual([
      ['end', 1],
      ['evaluation-moment', null],
    ]);
  });

  it('judge the legal review by its own deadline', () => {
    expect(verdictOf('legal-review', 40 * DAY, [started(), ended(end), legalReview(end + 29 * DAY)]).verdict).toBe('kept');
    expect(verdictOf('legal-review', 40 * DAY, [started(), ended(end)]).verdict).toBe('breached');
  });

  it('treat an end after the evaluation moment as not yet happened', () => {
    expect(verdictOf('follow-up-conversation', 60, [started(), ended(end)])).toMatchObject({ verdict: 'not-yet-due', dueBy: null });
    expect(verdictOf('observation-notes', 10, [started(), ended(end)]).verdict).toBe('not-yet-due');
  });
});

describe('rule evaluator: other versions and moments', () => {
  const strict: RuleSet = {
    version: 2,
    effectiveFrom: '2030-01-01T00:00:00.000Z',
    title: 'strict',
    rules: [
      { id: 'observation-notes', kind: 'max-gap-between-notes', maxGapMinutes: 10, description: 'every 10 min', source: 'test' },
      {
        id: 'doctor-seen',
        kind: 'deadline',
        fact: 'doctor-arrived',
        anchor: 'start',
        withinMinutes: 30,
        appliesTo: 'all',
        description: 'doctor within 30 min',
        source: 'test',
      },
    ],
  };

  it('judges the same timeline differently under another version, side by side', () => {
    const events = [started({ restrained: false }), noted(12), ended(24)];
    expect(
      evaluate(v1, timeline(...events), new Date(plus(100)))
        .verdicts.slice(0, 2)
        .map((v) => v.verdict),
    ).toEqual(['kept', 'not-applicable']);
    expect(evaluate(strict, timeline(...events), new Date(plus(100))).verdicts.map((v) => [v.ruleId, v.verdict])).toEqual([
      ['observation-notes', 'breached'],
      ['doctor-seen', 'breached'],
    ]);
  });

  it('reports nothing as due before the placement started', () => {
    const result = evaluate(v1, timeline(started()), new Date(plus(-10)));
    expect(result.verdicts.every((v) => v.verdict === 'not-yet-due' && v.evidence.length === 0)).toBe(true);
  });

  it('is deterministic: the same input gives the same verdicts', () => {
    const at = new Date(plus(5 * DAY));
    expect(evaluate(v1, timeline(...allKept), at)).toEqual(evaluate(v1, timeline(...allKept), at));
  });
});
