/** A plausible incident report, as a reporting employee would send it; override what a test is about. */
export const incidentReport = (overrides: Record<string, unknown> = {}) => ({
  kind: 'violence',
  target: 'staff-on-duty',
  perpetrator: 'inmate',
  location: { type: 'institution', area: 'syddanmark', institution: 'nyborg', unit: 'afdeling-b' },
  severity: 'moderate',
  injuries: { physical: 'minor', psychological: true },
  occurredAt: '2026-03-14T21:30:00+01:00',
  description: 'Indsat slog ud efter betjent under visitation.',
  involved: [
    { ref: 'ST-7K3Q9P', role: 'target' },
    { ref: 'IN-4F7K2Q', role: 'perpetrator' },
  ],
  ...overrides,
});

/** A security-cell placement as the deciding officer records it. */
export const placementRequest = (startedAt: string, overrides: Record<string, unknown> = {}) => ({
  measure: 'security-cell',
  restrained: true,
  inmateRef: 'IN-4F7K2Q',
  institution: 'nyborg',
  startedAt,
  legalBasis: 'dk-strfl-66-1-1',
  reason: { category: 'violent-resistance', text: 'Voldsom modstand ved visitation.' },
  alternatives: [{ measure: 'de-escalation', outcome: 'tried-insufficient', note: 'Samtale uden effekt.' }],
  decidedBy: 'ST-2M8R4T',
  authorisedBy: 'ST-9X1L5V',
  ...overrides,
});

/** The staff figure's first definition, as the safety partnership publishes it (POST /statistics/indicators/staff-episodes/versions). */
export const staffDefinition = (overrides: Record<string, unknown> = {}) => ({
  title: 'Episodes of violence and/or threats against staff',
  kinds: ['violence', 'threat'],
  targets: ['staff-on-duty'],
  perpetrators: ['inmate', 'client', 'relative', 'unknown', 'other'],
  locations: ['institution'],
  counting: 'episodes',
  exposedPersons: [],
  excludes: ['duplicate', 'not-reportable'],
  referenceDate: 'occurred',
  firstRelease: { month: 1, day: 9 },
  cutOff: { month: 4, day: 1 },
  reason: 'The figure as published since 2012.',
  ...overrides,
});

/** The partnership's revised staff definition: harassment, off duty and families included (version 2 of staff-episodes). */
export const revisedStaffDefinition = () =>
  staffDefinition({
    title: 'Episodes of violence, threats and harassment against staff, on and off duty',
    kinds: ['violence', 'threat', 'harassment'],
    targets: ['staff-on-duty', 'staff-off-duty', 'staff-family'],
    locations: ['institution', 'off-duty'],
    reason: 'Off-duty harassment of staff and their families counts as against staff.',
  });

/** The inmate figure's first definition: each inmate exposed counts once per episode (inmate-exposures). */
export const inmateDefinition = () =>
  staffDefinition({
    title: 'Times an inmate was exposed to violence and/or threats',
    targets: ['inmate'],
    perpetrators: ['inmate'],
    counting: 'exposed-persons',
    exposedPersons: ['inmate'],
    reason: 'Each inmate exposed counts once per episode.',
  });
