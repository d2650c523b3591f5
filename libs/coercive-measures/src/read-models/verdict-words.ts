import type { Translator } from '@vigil/i18n';
import type { CaseJudgement } from '../domain/case-judgement';
import type { RuleVerdict } from '../domain/rule-evaluator';

/** A verdict as it is answered: its words as `detail` in the reader's language (durations in days and hours). */
export type VerdictAnswer = Omit<RuleVerdict, 'words'> & { detail: string };

export function verdictInWords(verdict: RuleVerdict, t: Translator): VerdictAnswer {
  const { words, ...rest } = verdict;
  return { ...rest, detail: t.words(words) };
}

export function judgementInWords(judgement: CaseJudgement, t: Translator): Omit<CaseJudgement, 'verdicts'> & { verdicts: VerdictAnswer[] } {
  return { ...judgement, verdicts: judgement.verdicts.map((v) => verdictInWords(v, t)) };
}
