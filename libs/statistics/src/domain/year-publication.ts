import { isIndicatorKey } from './indicator-rules';
import { said } from '@vigil/event-sourcing';
import { StatisticsDomainError } from './statistics.errors';

/** A year's figures as published: the snapshot itself, so later revisions show against it and never overwrite it. */
export interface PublishedFigures {
  readonly total: number;
  readonly byArea: Readonly<Record<string, number>>;
  readonly byInstitution: Readonly<Record<string, number>>;
  /** January first. */
  readonly byMonth: readonly number[];
}

export interface YearFiguresPublished {
  type: 'statistics.year-figures-published.v1';
  data: {
    indicator: string;
    year: number;
    /** 1 for the first publication of the year, 2 for the next (final after the cut-off, say). */
    edition: number;
    version: number;
    /** The vintage: only what had been recorded by this moment is in the figures. */
    asKnownOn: string;
    /** Published after the year's cut-off, so no later registration is expected. */
    final: boolean;
    figures: PublishedFigures;
    note: string;
    publishedBy: string;
  };
}

export type PublicationEvent = YearFiguresPublished;

export interface PublicationState {
  readonly editions: readonly { edition: number; asKnownOn: string; final: boolean }[];
}

export const initialPublication: PublicationState = { editions: [] };

export function evolvePublication(state: PublicationState, event: PublicationEvent): PublicationState {
  const { edition, asKnownOn, final } = event.data;
  return { editions: [...state.editions, { edition, asKnownOn, final }] };
}

export interface PublishYearFigures {
  indicator: string;
  year: number;
  version: number;
  asKnownOn: Date;
  cutOff: Date;
  figures: PublishedFigures;
  note: string;
  actor: string;
}

/** Publishes a year's figures once the year has ended; a later edition needs a later vintage, and none after a final one. */
export function decidePublishYear(command: PublishYearFigures, state: PublicationState, now: Date): YearFiguresPublished[] {
  if (!isIndicatorKey(command.indicator))
    throw new StatisticsDomainError(
      'invalid-value',
      'indicator must name an indicator',
      'indicator',
      said('statistics.short-code', { example: 'staff-episodes' }),
    );
  const yearEnd = new Date(Date.UTC(command.year + 1, 0, 1));
  if (command.asKnownOn < yearEnd || now < yearEnd)
    throw new StatisticsDomainError(
      'year-not-ended',
      `${command.year} has not ended by ${command.asKnownOn.toISOString().slice(0, 10)}: publish its figures after the year`,
      'asKnownOn',
      said('statistics.year-not-ended', { year: String(command.year), asKnownOn: command.asKnownOn.toISOString().slice(0, 10) }),
    );
  if (command.asKnownOn > now) throw new StatisticsDomainError('invalid-value', 'asKnownOn cannot be in the future', 'asKnownOn', said('validation.in-future'));
  const last = state.editions[state.editions.length - 1];
  if (last?.final)
    throw new StatisticsDomainError(
      'already-published',
      `${command.year}'s final figures were published as known on ${last.asKnownOn.slice(0, 10)}`,
      'year',
      said('statistics.final-published', { year: String(command.year), asKnownOn: last.asKnownOn.slice(0, 10) }),
    );
  if (last && new Date(last.asKnownOn) >= command.asKnownOn)
    throw new StatisticsDomainError(
      'vintage-not-later',
      `Edition ${last.edition} is as known on ${last.asKnownOn.slice(0, 10)}; a new edition must be later`,
      'asKnownOn',
      said('statistics.vintage-not-later', { edition: last.edition, asKnownOn: last.asKnownOn.slice(0, 10) }),
    );
  const note = (command.note ?? '').trim();
  return [
    {
      type: 'statistics.year-figures-published.v1',
      data: {
        indicator: command.indicator,
        year: command.year,
        edition: (last?.edition ?? 0) + 1,
        version: command.version,
        asKnownOn: command.asKnownOn.toISOString(),
        final: command.asKnownOn >= command.cutOff,
        figures: command.figures,
        note,
        publishedBy: command.actor,
      },
    },
  ];
}
