import type { Translator } from '@vigil/i18n';
import type { CaseJudgement } from '../domain/case-judgement';
import type { RuleVerdict } from '../domain/rule-evaluator';

/**
 * A verdict as it is answered, in the reader's language (durations in days and hours): what the rule asks as
 * `description`, and what the verdict means as `detail`. The rule as published stays in `GET rule-sets`.
 */
export type VerdictAnswer = Omit<RuleVerdict, 'words' | 'rule'> & { detail: string };

export function verdictInWords(verdict: RuleVerdict, t: Translator): VerdictAnswer {
  const { words, rule, ...rest } = verdict;
  return { ...rest, description: t.words(rule), detail: t.words(words) };
}

export function judgementInWords(judgement: CaseJudgement, t: Translator): Omit<CaseJudgement, 'verdicts'> & { verdicts: VerdictAnswer[] } {
  return { ...judgement, verdicts: judgement.verdicts.map((v) => verdictInWords(v, t)) };
}
