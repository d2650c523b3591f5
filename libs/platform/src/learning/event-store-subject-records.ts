import { Inject, Injectable } from '@nestjs/common';
import { comparePositions, EVENT_STORE, EventStore, Position, RecordedEvent } from '@vigil/event-store';
import { incidentStreamId } from '@vigil/incidents';
import { translator, type Language } from '@vigil/i18n';
import { ReviewSubject, SubjectRecord, SubjectRecords, TimelineSource } from '@vigil/learning-reviews';
import { activationLine } from './activation-words';
import { incidentLine } from './incident-words';
import { RecordLine } from './record-words';
import { RUN_STARTED, runLines, startedFor } from './run-words';

/** The other contexts' stream categories, as their `*-streams.ts` name them (contexts do not import each other; the platform may). */
const RUN_CATEGORY = 'actioncardrun';
const ACTIVATION_CATEGORY = 'crisisactivation';
const PAGE = 1000;

type Line = { event: RecordedEvent; source: TimelineSource; recordId: string; line: RecordLine };

/**
 * Learning reviews' `SubjectRecords` over the event store: each incident's stream, each activation's, and the action-card runs
 * started for them (found by what started them, in the run category). The store is the record; no read model is waited for.
 */
@Injectable()
export class EventStoreSubjectRecords implements SubjectRecords {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async recordsOf(subject: ReviewSubject, language: Language = 'en'): Promise<SubjectRecord[]> {
    const t = translator(language);
    const incidentIds = subject.type === 'activation' ? [] : [...subject.incidentIds];
    const activationId = subject.type === 'activation' ? subject.activationId : null;
    const [incidents, activation, runIds] = await Promise.all([
      Promise.all(incidentIds.map(async (id) => this.lines(await this.store.readStream(incidentStreamId(id)), 'incident', id, (e) => incidentLine(e, t)))),
      activationId ? this.store.readStream(`${ACTIVATION_CATEGORY}-${activationId}`) : Promise.resolve([]),
      this.runsStartedFor(new Set(incidentIds), activationId),
    ]);
    const runs = await Promise.all(
      runIds.map(async (runId) => {
        const events = await this.store.readStream(`${RUN_CATEGORY}-${runId}`);
        const lines = runLines(events, t);
        return this.lines(events, 'action-card', runId, (e) => lines.get(e.id) ?? null);
      }),
    );
    const all = [...incidents.flat(), ...(activationId ? this.lines(activation, 'crisis', activationId, (e) => activationLine(e, t)) : []), ...runs.flat()];
    // In the log's order; the timeline then orders by when each was recorded, keeping this order for equal instants.
    all.sort((a, b) => comparePositions(a.event.position, b.event.position));
    return all.map(({ event, source, recordId, line }) => ({
      eventId: event.id,
      at: event.metadata.recordedAt,
      ...(line.occurredAt ? { occurredAt: line.occurredAt } : {}),
      source,
      recordId,
      what: line.what,
      ...(line.detail ? { detail: line.detail } : {}),
      actor: event.metadata.actor,
      ...(line.verdict ? { verdict: line.verdict } : {}),
    }));
  }

  private lines(events: readonly RecordedEvent[], source: TimelineSource, recordId: string, read: (e: RecordedEvent) => RecordLine | null): Line[] {
    return events.flatMap((event) => {
      const line = read(event);
      return line ? [{ event, source, recordId, line }] : [];
    });
  }

  /** The runs whose start names one of the incidents or the activation: one pass over the run category's log. */
  private async runsStartedFor(incidentIds: ReadonlySet<string>, activationId: string | null): Promise<string[]> {
    if (!incidentIds.size && !activationId) return [];
    const runs: string[] = [];
    let after: Position | undefined;
    for (;;) {
      const page = await this.store.readAll({ category: RUN_CATEGORY, after, maxCount: PAGE });
      for (const event of page)
        if (event.type === RUN_STARTED && startedFor(event.data, incidentIds, activationId)) runs.push(event.streamId.slice(RUN_CATEGORY.length + 1));
      if (page.length < PAGE) return runs;
      after = page[page.length - 1].position;
    }
  }
}
