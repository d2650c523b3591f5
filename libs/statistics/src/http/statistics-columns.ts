import { FigureRow } from '../figures/figures.query';
import { LateRegistrationRow } from '../figures/late-registrations.query';
import { PublishedYear } from '../figures/publications.query';
import { MovedIncident } from '../figures/revision-report.query';
import { TriangleRow } from '../figures/revision-triangle.query';
import { GoalProgress, GoalYear, PlanProgress } from '../figures/targets.query';
import { Column } from './table-answer';

/** The exported tables' columns, headed in words. */
export const FIGURE_COLUMNS = (asKnownOn?: string): Column<FigureRow>[] => [
  { heading: 'Period', value: (r) => r.period },
  { heading: 'Area', value: (r) => r.area },
  { heading: 'Institution', value: (r) => r.institution },
  { heading: 'Kind', value: (r) => r.kind },
  { heading: 'Target group', value: (r) => r.target },
  { heading: 'As known now', value: (r) => r.knownNow },
  { heading: 'Provisional', value: (r) => (r.flags.includes('p') ? 'yes' : 'no') },
  ...(asKnownOn
    ? [
        { heading: `As known on ${asKnownOn}`, value: (r: FigureRow) => r.knownOn },
        { heading: `Provisional on ${asKnownOn}`, value: (r: FigureRow) => (r.flagsOn?.includes('p') ? 'yes' : 'no') },
      ]
    : []),
];

export const LATE_COLUMNS: Column<LateRegistrationRow>[] = [
  { heading: 'Year', value: (r) => r.year },
  { heading: 'First release on', value: (r) => r.firstReleaseOn },
  { heading: 'At first release', value: (r) => r.atFirstRelease },
  { heading: 'Final on', value: (r) => r.cutOffOn },
  { heading: 'At cut-off', value: (r) => r.atCutOff },
  { heading: 'Recorded after cut-off', value: (r) => r.recordedAfterCutOff },
  { heading: 'Other revisions after cut-off', value: (r) => r.otherRevisionsAfterCutOff },
  { heading: 'As known now', value: (r) => r.knownNow },
  { heading: 'Status', value: (r) => r.status },
];

export const TRIANGLE_COLUMNS = (vintages: string[]): Column<TriangleRow>[] => [
  { heading: 'Period', value: (r) => r.period },
  ...vintages.map((vintage, i) => ({ heading: vintage === 'now' ? 'Now' : `As known on ${vintage}`, value: (r: TriangleRow) => r.values[i] })),
  { heading: 'Revision since first estimate', value: (r) => r.revision },
];

export const MOVED_COLUMNS: Column<MovedIncident>[] = [
  { heading: 'Incident', value: (r) => r.incidentId },
  { heading: 'Occurred on', value: (r) => r.occurredOn },
  { heading: 'Kind', value: (r) => r.kind },
  { heading: 'Target group', value: (r) => r.target },
  { heading: 'Area', value: (r) => r.area },
  { heading: 'Institution', value: (r) => r.institution ?? 'off duty' },
  { heading: 'Counted before', value: (r) => r.before },
  { heading: 'Counted after', value: (r) => r.after },
  { heading: 'Why', value: (r) => r.causes.map((c) => `${c.reason}: ${c.detail}`).join('; ') },
  { heading: 'Recorded', value: (r) => r.causes.map((c) => c.recordedAt ?? '').join('; ') },
  { heading: 'Event', value: (r) => r.causes.map((c) => c.eventId).join('; ') },
];

export const TARGET_COLUMNS: Column<{ plan: PlanProgress; goal: GoalProgress; year: GoalYear }>[] = [
  { heading: 'Plan', value: (r) => r.plan.title },
  { heading: 'Goal', value: (r) => r.goal.goal.title },
  { heading: 'Weight %', value: (r) => r.goal.goal.weight },
  { heading: 'Year', value: (r) => r.year.year },
  { heading: 'Verdict', value: (r) => r.year.verdict },
  { heading: 'Figure', value: (r) => r.year.actual },
  { heading: 'Target line', value: (r) => r.year.expected },
  { heading: 'Note', value: (r) => r.year.note },
];

export const PUBLISHED_COLUMNS: Column<PublishedYear>[] = [
  { heading: 'Indicator', value: (r) => r.indicator },
  { heading: 'Year', value: (r) => r.year },
  { heading: 'Edition', value: (r) => r.edition },
  { heading: 'Definition version', value: (r) => r.version },
  { heading: 'As known on', value: (r) => r.asKnownOn.slice(0, 10) },
  { heading: 'Final', value: (r) => (r.final ? 'yes' : 'no') },
  { heading: 'Published', value: (r) => r.published.total },
  { heading: 'As known now', value: (r) => r.knownNow },
  { heading: 'Revised since publication', value: (r) => r.revisedSincePublication },
  { heading: 'Flags', value: (r) => r.flags },
];
