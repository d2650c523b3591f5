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
    why: 'Every employee exposed to violence gets the same handling (000_…: kriseberedskabet er understøttet af actionscards).',
  },
  {
    incidentKind: 'threat',
    targets: ['staff-off-duty', 'staff-family'],
    templateId: 'threats-against-employee-off-duty',
    why: 'Threats against employees and their families off duty: the ten pieces of advice as the employee’s checklist (000_…).',
  },
  {
    incidentKind: 'harassment',
    targets: ['staff-off-duty', 'staff-family'],
    templateId: 'threats-against-employee-off-duty',
    why: 'Off-duty harassment ("chikane i fritiden") is handled like off-duty threats (000_…).',
  },
  {
    incidentKind: 'threat',
    targets: ['staff-on-duty'],
    templateId: 'threat-against-employee',
    why: 'A threatened employee gets a risk assessment, a safety plan and its reassessment (002_…).',
  },
];
