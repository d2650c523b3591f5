import { decidePublishRules, periodEnd, periodOf } from './retention.decide';
import { noRetentionRules } from './retention.events';
import { STARTER_RETENTION_RULES } from './starter-retention-rules';
import { decideErase, decideLiftHold, decidePlaceHold, decideRestriction } from './subject.decide';
import { evolveSubject, initialSubject, SubjectState } from './subject.state';
import { SubjectEvent } from './subject.events';

const SUBJECT = 'incident-7d0f1f7e-3c1c-4c6e-9a43-0f6f2b1f5b10';
const NOW = new Date('2026-03-01T10:00:00Z');
const fold = (...events: SubjectEvent[]): SubjectState => events.reduce(evolveSubject, initialSubject);
const erase = { subject: SUBJECT, recordType: 'incident', basis: { kind: 'decision' as const, reason: 'Erasure request granted' }, actor: 'ST-DPO001' };

describe('erasure, holds and restriction', () => {
  it('erases once: the second erasure records nothing', () => {
    const [erased] = decideErase(erase, initialSubject, NOW);
    expect(erased).toMatchObject({ type: 'data-protection.subject-erased.v1', data: { subject: SUBJECT, erasedAt: NOW.toISOString() } });
    expect(decideErase(erase, fold(erased), NOW)).toEqual([]);
  });

  it('refuses to erase under a legal hold, naming it, and erases once the hold is lifted', () => {
    const placed = decidePlaceHold({ subject: SUBJECT, holdId: 'h1', reason: 'Open complaint', caseReference: 'FOB 1', actor: 'ST-DPO001' }, initialSubject);
    expect(() => decideErase(erase, fold(...placed), NOW)).toThrow(/legal hold \(Open complaint\)/);
    const lifted = decideLiftHold({ subject: SUBJECT, holdId: 'h1', reason: 'Decided', actor: 'ST-DPO001' }, fold(...placed));
    expect(decideErase(erase, fold(...placed, ...lifted), NOW)).toHaveLength(1);
    expect(() => decideLiftHold({ subject: SUBJECT, holdId: 'h2', reason: 'x', actor: 'ST-DPO001' }, fold(...placed))).toThrow(/no open legal hold/);
  });

  it('restricts and lifts, refusing the same change twice', () => {
    const restricted = decideRestriction({ subject: SUBJECT, restrict: true, reason: 'Access request', actor: 'ST-DPO001' }, initialSubject);
    expect(fold(...restricted).restricted).toBe(true);
    expect(() => decideRestriction({ subject: SUBJECT, restrict: true, reason: 'again', actor: 'ST-DPO001' }, fold(...restricted))).toThrow(
      /already restricted/,
    );
    expect(() => decideRestriction({ subject: SUBJECT, restrict: false, reason: 'x', actor: 'ST-DPO001' }, initialSubject)).toThrow(/not restricted/);
  });
});

describe('retention rules', () => {
  it('publishes the starter rules as version 1, and the same rules again as nothing', () => {
    const [published] = decidePublishRules({ rules: STARTER_RETENTION_RULES, reason: 'starter', actor: 'ST-DPO001' }, noRetentionRules);
    expect(published.data.version).toBe(1);
    expect(decidePublishRules({ rules: STARTER_RETENTION_RULES, reason: 'again', actor: 'ST-DPO001' }, { version: 1, rules: STARTER_RETENTION_RULES })).toEqual(
      [],
    );
  });

  it.each([
    [{ period: '5 years' }, 'rules[0].period'],
    [{ period: 'P0Y' }, 'rules[0].period'],
    [{ recordType: 'Incident!' }, 'rules[0].recordType'],
    [{ startsWith: [] }, 'rules[0].startsWith'],
    [{ startsWith: ['closed'] }, 'rules[0]'],
  ])('names what is wrong in %j', (change, field) => {
    expect(() => decidePublishRules({ rules: [{ ...STARTER_RETENTION_RULES[0], ...change }], reason: 'x', actor: 'ST-DPO001' }, noRetentionRules)).toThrow(
      expect.objectContaining({ field }),
    );
  });

  it('refuses two rules for one record type', () => {
    const twice = [STARTER_RETENTION_RULES[0], STARTER_RETENTION_RULES[0]];
    expect(() => decidePublishRules({ rules: twice, reason: 'x', actor: 'ST-DPO001' }, noRetentionRules)).toThrow(/two rules/);
  });

  it('counts periods in calendar years, months and days', () => {
    expect(periodOf('P5Y')).toEqual({ years: 5, months: 0, days: 0 });
    expect(periodOf('P1Y6M10D')).toEqual({ years: 1, months: 6, days: 10 });
    expect(periodOf('P')).toBeNull();
    expect(periodEnd(new Date('2020-02-29T10:00:00Z'), periodOf('P1Y')!).toISOString()).toBe('2021-03-01T10:00:00.000Z');
    expect(periodEnd(new Date('2020-01-31T00:00:00Z'), periodOf('P18M')!).toISOString()).toBe('2021-07-31T00:00:00.000Z');
  });
});
