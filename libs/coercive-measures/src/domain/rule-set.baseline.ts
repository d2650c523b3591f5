import { RuleSet } from './rule-set';

const DAY = 24 * 60;

/**
 * Version 1, published when the store has none. The obligations are those the directorate named to
 * the Ombudsman (`004_…`): continuous notes, the § 13 follow-up conversation, management review and
 * the area lawyers' review of every case; the doctor from straffuldbyrdelsesloven § 66, stk. 5. The
 * seed gives no deadlines: 15 minutes follows the observation form's "at least every quarter hour";
 * 60 minutes, 3, 7 and 30 days are working values for the service to confirm. Effective from CIS
 * nr. 9374 of 26 April 2016 (the circular on the follow-up conversation).
 */
export const BASELINE_RULE_SET: RuleSet = {
  version: 1,
  effectiveFrom: '2016-04-26T00:00:00.000Z',
  title: 'Sikringscelleanbringelse: sagsbehandlingskrav (v1)',
  rules: [
    {
      id: 'observation-notes',
      kind: 'max-gap-between-notes',
      maxGapMinutes: 15,
      description: 'A note at least every 15 minutes while the placement lasts',
      source: 'løbende notater; observationsskema, tilsyn mindst hvert kvarter',
    },
    {
      id: 'doctor-called',
      kind: 'deadline',
      fact: 'doctor-called',
      anchor: 'start',
      withinMinutes: 60,
      appliesTo: 'restrained',
      description: 'A doctor called within 60 minutes of the start when the inmate is restrained',
      source: 'straffuldbyrdelsesloven § 66, stk. 5 ("straks"); 60 minutes is a working value',
    },
    {
      id: 'follow-up-conversation',
      kind: 'deadline',
      fact: 'follow-up-conversation',
      anchor: 'end',
      withinMinutes: 3 * DAY,
      appliesTo: 'all',
      description: 'The follow-up conversation within 3 days after the end',
      source: '§ 13 i bekendtgørelse om anvendelse af sikringsmidler, CIS nr. 9374 af 26. april 2016; 3 days is a working value',
    },
    {
      id: 'management-review',
      kind: 'deadline',
      fact: 'management-review',
      anchor: 'end',
      withinMinutes: 7 * DAY,
      appliesTo: 'all',
      description: 'Management review within 7 days after the end',
      source: 'øget ledelsesfokus: ledelsen gennemgår sagerne; 7 days is a working value',
    },
    {
      id: 'legal-review',
      kind: 'deadline',
      fact: 'legal-review',
      anchor: 'end',
      withinMinutes: 30 * DAY,
      appliesTo: 'all',
      description: 'Legal review by the area lawyers within 30 days after the end',
      source: 'områdets jurister gennemgår alle sager; 30 days is a working value',
    },
  ],
};
