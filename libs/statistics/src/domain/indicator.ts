import { IndicatorRules, isIndicatorKey, sameCounting, validRules } from './indicator-rules';
import { said } from '@vigil/event-sourcing';
import { StatisticsDomainError } from './statistics.errors';

/** A version of an indicator's definition was published; earlier versions stay as they were. */
export interface IndicatorVersionPublished {
  type: 'statistics.indicator-version-published.v1';
  data: { indicator: string; version: number; rules: IndicatorRules; reason: string; publishedBy: string };
}

export type IndicatorEvent = IndicatorVersionPublished;

export interface IndicatorState {
  readonly indicator: string | null;
  readonly versions: readonly { version: number; rules: IndicatorRules; reason: string }[];
}

export const initialIndicator: IndicatorState = { indicator: null, versions: [] };

export function evolveIndicator(state: IndicatorState, event: IndicatorEvent): IndicatorState {
  const { indicator, version, rules, reason } = event.data;
  return { indicator, versions: [...state.versions, { version, rules, reason }] };
}

export interface PublishIndicatorVersion {
  indicator: string;
  rules: IndicatorRules;
  reason: string;
  actor: string;
}

/** Publishes the next version; the same definition again is refused, so every version means a change. */
export function decidePublishIndicator(command: PublishIndicatorVersion, state: IndicatorState): IndicatorVersionPublished[] {
  if (!isIndicatorKey(command.indicator))
    throw new StatisticsDomainError(
      'invalid-value',
      'indicator must be a short code such as staff-episodes',
      'indicator',
      said('statistics.short-code', { example: 'staff-episodes' }),
    );
  const reason = (command.reason ?? '').trim();
  if (reason.length < 3)
    throw new StatisticsDomainError('invalid-value', 'reason must say why this definition is published', 'reason', said('statistics.reason-required'));
  const rules = validRules(command.rules);
  const latest = state.versions[state.versions.length - 1];
  if (latest && sameCounting(latest.rules, rules))
    throw new StatisticsDomainError(
      'no-change',
      `Version ${latest.version} of ${command.indicator} already counts exactly this way`,
      'rules',
      said('statistics.same-counting', { version: latest.version, indicator: command.indicator }),
    );
  const version = (latest?.version ?? 0) + 1;
  return [{ type: 'statistics.indicator-version-published.v1', data: { indicator: command.indicator, version, rules, reason, publishedBy: command.actor } }];
}

export const STATISTICS_CATEGORY = 'statistics';
export const STATISTICS_NAMESPACE = 'vigil-statistics';
