import { IndicatorRules } from '../domain/indicator-rules';

const VIOLENCE_AND_THREATS = ['threat', 'violence'];
const ALL_PERPETRATORS = ['client', 'inmate', 'other', 'relative', 'unknown'];
/** "Data reflect the registrations made up to 9 January … final only in April" (the 2015 plan). */
const RELEASE = { firstRelease: { month: 1, day: 9 }, cutOff: { month: 4, day: 1 } };

/** The two figures the service has published since 2012, as first definitions. */
export const STANDARD_INDICATORS: { indicator: string; rules: IndicatorRules; reason: string }[] = [
  {
    indicator: 'staff-episodes',
    rules: {
      title: 'Episodes of violence and/or threats against staff',
      kinds: VIOLENCE_AND_THREATS,
      targets: ['staff-on-duty'],
      perpetrators: ALL_PERPETRATORS,
      locations: ['institution'],
      counting: 'episodes',
      exposedPersons: [],
      excludes: ['duplicate', 'not-reportable'],
      referenceDate: 'occurred',
      ...RELEASE,
    },
    reason: 'The figure as published in the targets and results plan: episodes against staff on duty.',
  },
  {
    indicator: 'inmate-exposures',
    rules: {
      title: 'Times an inmate was exposed to violence and/or threats',
      kinds: VIOLENCE_AND_THREATS,
      targets: ['inmate'],
      perpetrators: ['inmate'],
      locations: ['institution'],
      counting: 'exposed-persons',
      exposedPersons: ['inmate'],
      excludes: ['duplicate', 'not-reportable'],
      referenceDate: 'occurred',
      ...RELEASE,
    },
    reason: 'The figure as published in the targets and results plan: each inmate exposed counts once per episode.',
  },
];

/** The partnership's revised staff definition in the demo: off-duty harassment of staff and their families counts as against staff. */
export const REVISED_STAFF_DEFINITION: { indicator: string; rules: IndicatorRules; reason: string } = {
  indicator: 'staff-episodes',
  rules: {
    ...STANDARD_INDICATORS[0].rules,
    title: 'Episodes of violence, threats and harassment against staff, on and off duty',
    kinds: ['harassment', 'threat', 'violence'],
    targets: ['staff-family', 'staff-off-duty', 'staff-on-duty'],
    locations: ['institution', 'off-duty'],
  },
  reason: "The safety partnership's revised definition: harassment of staff and their families off duty counts as against staff.",
};
