import { translator } from '@vigil/i18n';
import { ended, followUp, legalReview, noted, plus, started, timeline } from '../domain/placement.test-kit';
import { PlacementEvent } from '../domain/placement.events';
import { evaluate } from '../domain/rule-evaluator';
import { BASELINE_RULE_SET } from '../domain/rule-set.baseline';
import { verdictInWords } from './verdict-words';

const DAY = 24 * 60;
const END = 120;

/** A verdict's detail as a reader in `language` gets it. */
function detailOf(ruleId: string, at: number, events: PlacementEvent[], language: 'da' | 'nb' | 'en'): string {
  const verdict = evaluate(BASELINE_RULE_SET, timeline(...events), new Date(plus(at))).verdicts.find((v) => v.ruleId === ruleId)!;
  return verdictInWords(verdict, translator(language)).detail;
}

describe('verdicts in words: durations in days and hours, in the reader language', () => {
  const lateFollowUp = [started(), ended(END), followUp(END + 5 * DAY)]; // due within 3 days: 2880 minutes late
  const legalReviewed = [started(), ended(END), legalReview(END + 15 * DAY)]; // 21600 minutes after the end

  it('says a follow-up conversation 2880 minutes late is 2 days late', () => {
    expect(detailOf('follow-up-conversation', 10 * DAY, lateFollowUp, 'en')).toMatch(/^Follow-up conversation: 2 days late \(due .+\)\.$/);
    expect(detailOf('follow-up-conversation', 10 * DAY, lateFollowUp, 'da')).toMatch(/^Opfølgende samtale: 2 dage for sent \(frist .+\)\.$/);
    expect(detailOf('follow-up-conversation', 10 * DAY, lateFollowUp, 'nb')).toMatch(/^Oppfølgingssamtale: 2 dager for sent \(frist .+\)\.$/);
  });

  it('says a legal review 21600 minutes after the end came 15 days after the end', () => {
    expect(detailOf('legal-review', 40 * DAY, legalReviewed, 'en')).toBe('Legal review: 15 days after the end.');
    expect(detailOf('legal-review', 40 * DAY, legalReviewed, 'da')).toBe('Juridisk gennemgang: 15 dage efter afslutningen.');
    expect(detailOf('legal-review', 40 * DAY, legalReviewed, 'nb')).toBe('Juridisk gjennomgang: 15 dager etter avslutningen.');
  });

  it('names the points of a gap between notes and its limit in words, never in raw minutes', () => {
    const detail = detailOf('observation-notes', 300, [started(), noted(10), noted(52), ended(60)], 'da');
    expect(detail).toBe('Den længste pause mellem noterne var 42 minutter (en note → en note); højst 15 minutter er tilladt.');
    expect(detailOf('observation-notes', 300, [started(), noted(10), noted(52), ended(60)], 'en')).not.toMatch(/\bmin\b/);
  });

  it('writes the moment a deadline falls due as a date and time, not an ISO string', () => {
    const detail = detailOf('follow-up-conversation', 10 * DAY, lateFollowUp, 'da');
    expect(detail).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });
});
