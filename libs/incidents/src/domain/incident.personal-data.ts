import { PersonalDataMap } from '@vigil/event-sourcing';

const WHY = { personal: ['reason'] };

/** What an incident's events say about people: sealed under the incident's key, erased with it. */
export const INCIDENT_PERSONAL_DATA: PersonalDataMap = {
  'incidents.incident-reported.v1': { personal: ['description'] },
  'incidents.incident-corrected.v1': { personal: ['reason', 'changes[field=description].from', 'changes[field=description].to'] },
  'incidents.incident-reclassified.v1': WHY,
  'incidents.incident-marked-duplicate.v1': WHY,
  'incidents.incident-marked-not-reportable.v1': WHY,
  'incidents.incident-reopened.v1': WHY,
  'incidents.incident-closed.v1': { personal: ['outcome', 'reason'] },
  'incidents.incident-closed.v2': { personal: ['outcome', 'reason'] },
  // The police district and journal number are the police's own case data, not about a person.
  'incidents.police-report-recorded.v1': { personal: ['note'], plain: ['policeDistrict', 'journalNumber'] },
};
