import { Intervention } from '../domain/catalogue';

/**
 * The starter catalogue of interventions, drawn from the source documents: the safety partnership's "catalogue of
 * interventions that can be brought into play in the short and long term (both static and dynamic)" (`001_…`); the
 * Norwegian strategy's three classes of measures, organisational, static/technological and dynamic/human, and its goals
 * (`003_…`: conflict-reducing communication, a reporting and learning security culture, risk assessment of exposed work,
 * staffing of units for challenging or vulnerable inmates, breathing and movement sensors, safe zones at probation offices);
 * the Danish work on threats against staff off duty (`000_…`: ten pieces of advice, names without surname, managers trained
 * in handling exposed employees, support after incidents); and risk assessment with a safety plan such as an assault alarm
 * (`002_…`). A starting point the partnership publishes new versions of; it is data, not code.
 */
export const STARTER_INTERVENTIONS: Intervention[] = [
  {
    id: 'conflict-communication-training',
    title: 'Training in conflict-reducing communication',
    category: 'dynamic',
    horizon: 'long',
    kinds: ['violence', 'threat', 'harassment', 'psychological-violence'],
    ownerRole: 'training-centre',
    description:
      'Conflict-reducing communication ("konfliktdempende kommunikasjon") in basic training and in courses for serving staff, ' +
      'with refreshers on the wings where most episodes are registered: reading escalation, talking down, stepping back in time.',
  },
  {
    id: 'personal-assault-alarm',
    title: 'Personal assault alarm for staff in exposed posts',
    category: 'static',
    horizon: 'short',
    kinds: ['violence', 'threat'],
    ownerRole: 'institution-manager',
    description:
      'A personal assault alarm ("overfaldsalarm") carried on exposed posts and given to a threatened employee as part of the safety plan, ' +
      'tested on every shift, with a known response when it goes off.',
  },
  {
    id: 'search-escort-routines',
    title: 'Changed routines for searches and escorts',
    category: 'organisational',
    horizon: 'short',
    kinds: ['violence', 'threat'],
    ownerRole: 'institution-manager',
    description:
      'Cell searches ("visitation") and escorts of inmates assessed as volatile are done by two officers, announced and planned; ' +
      'the routine and its exceptions are written down in the instructions.',
  },
  {
    id: 'dynamic-security-presence',
    title: 'Dynamic security: staff present on the wing',
    category: 'dynamic',
    horizon: 'short',
    kinds: ['violence', 'threat', 'harassment', 'self-harm'],
    ownerRole: 'institution-manager',
    description:
      'Staff present in the common areas and in activities ("tilstedeværelse i fellesskap"), contact officer work and regular talks, ' +
      'so that tension is seen and information gathered before it turns into an episode.',
  },
  {
    id: 'premises-changes',
    title: 'Physical changes to the premises',
    category: 'static',
    horizon: 'long',
    kinds: ['violence', 'threat', 'near-miss'],
    ownerRole: 'building-services',
    description:
      'Sight lines, blind corners, doors, locks, barriers and camera coverage changed where the episodes show the building works against staff; ' +
      'planned with the safety representatives.',
  },
  {
    id: 'radio-alarm-coverage',
    title: 'Radio and alarm coverage in every building',
    category: 'static',
    horizon: 'short',
    kinds: ['violence', 'threat', 'near-miss', 'deviation'],
    ownerRole: 'building-services',
    description:
      'Radio and alarm coverage measured in every building and outdoor area, repeaters fitted where it fails, and measured again after building works.',
  },
  {
    id: 'debriefing-peer-support',
    title: 'Debriefing and peer support after incidents',
    category: 'dynamic',
    horizon: 'short',
    kinds: ['violence', 'threat', 'harassment', 'psychological-violence'],
    ownerRole: 'institution-manager',
    description:
      'Psychological first aid the same day, a debriefing of everyone involved, a follow-up talk with the nearest manager and peer support, ' +
      'with a referral on when symptoms last; nobody is left alone with an episode.',
  },
  {
    id: 'reporting-culture-sessions',
    title: 'Sessions on a reporting and learning security culture',
    category: 'organisational',
    horizon: 'long',
    kinds: ['near-miss', 'deviation', 'violence', 'threat', 'harassment'],
    ownerRole: 'area-security-chief',
    description:
      'A security culture that is reporting, just, flexible and learning ("rapporterende, rettferdig, fleksibel og lærende"): ' +
      'sessions on why near misses, deviations and threats are registered, and what happens with what is reported. Expect registrations to rise first.',
  },
  {
    id: 'threat-risk-assessment',
    title: 'Risk assessment and safety plan for threatened staff',
    category: 'organisational',
    horizon: 'short',
    kinds: ['threat', 'harassment', 'violence'],
    ownerRole: 'risk-assessor',
    description:
      'A risk assessment with a named tool (SARA-SV or another) by a certified assessor, a safety plan made with the employee, ' +
      'and reassessment at the frequency the plan states and whenever the situation changes.',
  },
  {
    id: 'off-duty-safety',
    title: 'Safety off duty: advice, names without surname',
    category: 'organisational',
    horizon: 'short',
    kinds: ['threat', 'harassment'],
    ownerRole: 'area-security-chief',
    description:
      'The ten pieces of advice for safety off duty (the 112 app, no uniform off duty, a closed social media profile, agreements with the family), ' +
      'anonymised e-mail addresses, name badges and case logging without surname.',
  },
  {
    id: 'staffing-challenging-units',
    title: 'Staffing and skills on units for challenging or vulnerable inmates',
    category: 'organisational',
    horizon: 'long',
    kinds: ['violence', 'threat', 'self-harm'],
    ownerRole: 'area-security-chief',
    description:
      'Staffing assessed for units with particularly challenging or vulnerable inmates, and staff given the skills the group requires; ' +
      'individual handling and intervention plans for inmates with a high risk of violence.',
  },
  {
    id: 'manager-training-exposed-staff',
    title: 'Managers trained in handling exposed employees',
    category: 'organisational',
    horizon: 'long',
    kinds: ['violence', 'threat', 'harassment', 'psychological-violence'],
    ownerRole: 'training-centre',
    description:
      'Every manager trained in handling employees who have been exposed to a violent or threatening incident: the first hours, the action card, ' +
      'the follow-up talks and when to involve occupational health.',
  },
  {
    id: 'breathing-movement-sensors',
    title: 'Breathing and movement sensors in cells',
    category: 'static',
    horizon: 'long',
    kinds: ['self-harm'],
    ownerRole: 'building-services',
    description: 'Breathing and movement sensors in all new prison buildings and when existing cells are renovated, with a response routine for the alarm.',
  },
  {
    id: 'probation-safe-zones',
    title: 'Safe zones at probation offices',
    category: 'static',
    horizon: 'long',
    kinds: ['violence', 'threat'],
    ownerRole: 'area-security-chief',
    description: 'Requirements for safe zones set and met at every probation office: interview rooms with two exits, alarms, reception behind a barrier.',
  },
];
