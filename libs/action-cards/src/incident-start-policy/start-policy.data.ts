import { Country } from '@vigil/organisation';
import { StartRule } from '../domain/start-policy.events';

/**
 * Which incidents start which action card by themselves (GET /action-card-start-policy shows it).
 * Edit here; the starter-library loader publishes a new policy version when this list changes.
 */
export const START_POLICY_RULES: StartRule[] = [
  {
    incidentKind: 'violence',
    targets: ['staff-on-duty', 'staff-off-duty'],
    templateId: 'violence-against-employee',
    why: 'Every employee exposed to violence gets the same handling.',
    country: 'dk',
  },
  {
    incidentKind: 'threat',
    targets: ['staff-off-duty', 'staff-family'],
    templateId: 'threats-against-employee-off-duty',
    why: 'Threats against employees and their families off duty: the ten pieces of advice as the employee’s checklist.',
    country: 'dk',
  },
  {
    incidentKind: 'harassment',
    targets: ['staff-off-duty', 'staff-family'],
    templateId: 'threats-against-employee-off-duty',
    why: 'Off-duty harassment ("chikane i fritiden") is handled like off-duty threats.',
    country: 'dk',
  },
  {
    incidentKind: 'threat',
    targets: ['staff-on-duty'],
    templateId: 'threat-against-employee',
    why: 'A threatened employee gets a risk assessment, a safety plan and its reassessment.',
    country: 'dk',
  },
];

/** The same policy for the Norwegian service: its incidents start the Norwegian (Bokmål) cards. */
export const START_POLICY_RULES_NB: StartRule[] = [
  {
    incidentKind: 'violence',
    targets: ['staff-on-duty', 'staff-off-duty'],
    templateId: 'no-violence-against-employee',
    why: 'Every employee exposed to violence gets the same handling (Norwegian card).',
    country: 'no',
  },
  {
    incidentKind: 'threat',
    targets: ['staff-off-duty', 'staff-family'],
    templateId: 'no-threats-against-employee-off-duty',
    why: 'Threats against employees and their families off duty: the advice on safety off duty as the employee’s checklist (Norwegian card).',
    country: 'no',
  },
  {
    incidentKind: 'harassment',
    targets: ['staff-off-duty', 'staff-family'],
    templateId: 'no-threats-against-employee-off-duty',
    why: 'Off-duty harassment is handled like off-duty threats (Norwegian card).',
    country: 'no',
  },
  {
    incidentKind: 'threat',
    targets: ['staff-on-duty'],
    templateId: 'no-threat-against-employee',
    why: 'A threatened employee gets a risk assessment, a safety plan and its reassessment (Norwegian card).',
    country: 'no',
  },
];

/** The policy for the countries an installation serves: each country's rules start its own cards. */
export function startPolicyRulesFor(countries: readonly Country[]): StartRule[] {
  return [...(countries.includes('dk') ? START_POLICY_RULES : []), ...(countries.includes('no') ? START_POLICY_RULES_NB : [])];
}
