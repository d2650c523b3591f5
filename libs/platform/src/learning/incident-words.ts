import { RecordedEvent } from '@vigil/event-store';
import { FieldChange, IncidentEvent, upcastIncidentEvent } from '@vigil/incidents';
import { detailOf, localTime, RecordLine, sentence, words } from './record-words';

type Place = { type?: string; area?: string; institution?: string; unit?: string } | null | undefined;
type Injury = { physical?: string; psychological?: boolean } | null | undefined;

const placeText = (p: Place) =>
  !p ? 'an unknown place' : p.type === 'off-duty' ? `off duty (area ${p.area})` : `${p.institution}${p.unit ? `, ${p.unit}` : ''} (area ${p.area})`;
const injuryText = (i: Injury) => (!i ? 'unknown' : `physical ${words(i.physical)}${i.psychological ? ', psychological' : ''}`);

/** A correction in words: codes from and to, but never the description's text or who was involved beyond that it changed. */
function changeText(change: FieldChange): string {
  switch (change.field) {
    case 'description':
      return 'the description';
    case 'involved':
      return 'who was involved';
    case 'occurredAt':
      return `when it happened from ${localTime(change.from)} to ${localTime(change.to)}`;
    case 'location':
      return `where from ${placeText(change.from as Place)} to ${placeText(change.to as Place)}`;
    case 'injuries':
      return `injuries from ${injuryText(change.from as Injury)} to ${injuryText(change.to as Injury)}`;
    default:
      return `${words(change.field)} from ${words(change.from)} to ${words(change.to)}`;
  }
}

/** An incident's event as a learning review's timeline line: codes, times, references and reasons, never the description. */
export function incidentLine(recorded: RecordedEvent): RecordLine | null {
  // Stored v1 events read as their current version (the store keeps them as written).
  const current = upcastIncidentEvent(recorded);
  const event = { type: current.type, data: current.data } as IncidentEvent;
  switch (event.type) {
    case 'incidents.incident-reported.v1': {
      const d = event.data;
      const involved = (d.involved ?? []).map((p) => `${p.ref} (${p.role})`).join(', ');
      return {
        what: `Reported: ${words(d.kind)} against ${words(d.target)} by ${words(d.perpetrator)} at ${placeText(d.location)}; ${d.severity}, injury ${injuryText(d.injuries)}`,
        occurredAt: d.occurredAt,
        detail: detailOf(involved && `Involved: ${involved}.`),
      };
    }
    case 'incidents.incident-corrected.v1':
      return { what: `Corrected ${event.data.changes.map(changeText).join('; ')}`, detail: detailOf(sentence('Reason', event.data.reason)) };
    case 'incidents.incident-reclassified.v1': {
      const { from, to } = event.data;
      const what =
        from.target === to.target
          ? `Reclassified from ${words(from.kind)} to ${words(to.kind)}`
          : from.kind === to.kind
            ? `Reclassified: target from ${words(from.target)} to ${words(to.target)}`
            : `Reclassified from ${words(from.kind)} against ${words(from.target)} to ${words(to.kind)} against ${words(to.target)}`;
      return { what, detail: detailOf(sentence('Reason', event.data.reason)) };
    }
    case 'incidents.incident-marked-duplicate.v1':
      return { what: `Marked as a duplicate of incident ${event.data.duplicateOf}`, detail: detailOf(sentence('Reason', event.data.reason)) };
    case 'incidents.incident-marked-not-reportable.v1':
      return { what: 'Marked not reportable', detail: detailOf(sentence('Reason', event.data.reason)) };
    case 'incidents.police-report-recorded.v1': {
      const d = event.data;
      return {
        what: `Reported to the police (${d.policeDistrict}${d.journalNumber ? `, journal ${d.journalNumber}` : ''})`,
        occurredAt: d.reportedAt,
        detail: detailOf(sentence('Note', d.note)),
      };
    }
    case 'incidents.incident-closed.v2':
      return { what: `Closed: ${words(event.data.outcome)}`, detail: detailOf(sentence('Reason', event.data.reason)) };
    case 'incidents.incident-reopened.v1':
      return { what: 'Reopened', detail: detailOf(sentence('Reason', event.data.reason)) };
    default:
      return null;
  }
}
