import { RecordedEvent } from '@vigil/event-store';
import { FieldChange, IncidentEvent, upcastIncidentEvent } from '@vigil/incidents';
import { Translator } from '@vigil/i18n';
import { areaName, codeWords, detailOf, ENGLISH, institutionName, isRegion, RecordLine, sentence, words } from './record-words';

type Place = { type?: string; area?: string; institution?: string; unit?: string } | null | undefined;
type Injury = { physical?: string; psychological?: boolean } | null | undefined;

/** Where it happened, by the catalogue's names: "Nyborg Fængsel, afdeling b (område Syddanmark)"; a region's name says "region" itself. */
function placeText(p: Place, t: Translator): string {
  if (!p) return t('timeline.place-unknown');
  const region = isRegion(p.area);
  const where: Record<string, string> = region ? { region: areaName(p.area) } : { area: areaName(p.area) };
  if (p.type === 'off-duty') return t(region ? 'timeline.place-off-duty-region' : 'timeline.place-off-duty', where);
  const institution = `${institutionName(p.institution)}${p.unit ? `, ${words(p.unit)}` : ''}`;
  return t(region ? 'timeline.place-region' : 'timeline.place', { institution, ...where });
}
const injuryText = (i: Injury, t: Translator) =>
  !i ? t('timeline.injury-unknown') : t('timeline.injury', { physical: codeWords(t, 'injury', i.physical), psychological: i.psychological ? 'yes' : 'no' });

/** A correction in words: codes from and to, but never the description's text or who was involved beyond that it changed. */
function changeText(change: FieldChange, t: Translator): string {
  switch (change.field) {
    case 'description':
      return t('timeline.change.description');
    case 'involved':
      return t('timeline.change.involved');
    case 'occurredAt':
      return t('timeline.change.occurred-at', { from: { at: String(change.from) }, to: { at: String(change.to) } });
    case 'location':
      return t('timeline.change.location', { from: placeText(change.from as Place, t), to: placeText(change.to as Place, t) });
    case 'injuries':
      return t('timeline.change.injuries', { from: injuryText(change.from as Injury, t), to: injuryText(change.to as Injury, t) });
    default:
      return t('timeline.change.field', { field: words(change.field), from: words(change.from), to: words(change.to) });
  }
}

/**
 * An incident's event as a learning review's timeline line, in the reader's language (English by default): codes, times,
 * references and reasons, never the description.
 */
export function incidentLine(recorded: RecordedEvent, t: Translator = ENGLISH): RecordLine | null {
  // Stored v1 events read as their current version (the store keeps them as written).
  const current = upcastIncidentEvent(recorded);
  const event = { type: current.type, data: current.data } as IncidentEvent;
  const reason = (text: unknown) => detailOf(sentence(t('timeline.label.reason'), text));
  switch (event.type) {
    case 'incidents.incident-reported.v1': {
      const d = event.data;
      const involved = (d.involved ?? []).map((p) => `${p.ref} (${p.role})`).join(', ');
      return {
        what: t('timeline.reported', {
          kind: codeWords(t, 'kind', d.kind),
          target: codeWords(t, 'target', d.target),
          perpetrator: codeWords(t, 'perpetrator', d.perpetrator),
          place: placeText(d.location, t),
          severity: codeWords(t, 'severity', d.severity),
          injury: injuryText(d.injuries, t),
        }),
        occurredAt: d.occurredAt,
        detail: detailOf(involved && `${t('timeline.label.involved')}: ${involved}.`),
      };
    }
    case 'incidents.incident-corrected.v1':
      return { what: t('timeline.corrected', { changes: event.data.changes.map((c) => changeText(c, t)).join('; ') }), detail: reason(event.data.reason) };
    case 'incidents.incident-reclassified.v1': {
      const { from, to } = event.data;
      const what =
        from.target === to.target
          ? t('timeline.reclassified-kind', { from: codeWords(t, 'kind', from.kind), to: codeWords(t, 'kind', to.kind) })
          : from.kind === to.kind
            ? t('timeline.reclassified-target', { from: codeWords(t, 'target', from.target), to: codeWords(t, 'target', to.target) })
            : t('timeline.reclassified-both', {
                fromKind: codeWords(t, 'kind', from.kind),
                fromTarget: codeWords(t, 'target', from.target),
                toKind: codeWords(t, 'kind', to.kind),
                toTarget: codeWords(t, 'target', to.target),
              });
      return { what, detail: reason(event.data.reason) };
    }
    case 'incidents.incident-marked-duplicate.v1':
      return { what: t('timeline.duplicate', { of: event.data.duplicateOf }), detail: reason(event.data.reason) };
    case 'incidents.incident-marked-not-reportable.v1':
      return { what: t('timeline.not-reportable'), detail: reason(event.data.reason) };
    case 'incidents.police-report-recorded.v1': {
      const d = event.data;
      return {
        what: t('timeline.police', { district: d.policeDistrict, journal: d.journalNumber || 'none' }),
        occurredAt: d.reportedAt,
        detail: detailOf(sentence(t('timeline.label.note'), d.note)),
      };
    }
    case 'incidents.incident-closed.v2':
      return { what: t('timeline.closed', { outcome: words(event.data.outcome) }), detail: reason(event.data.reason) };
    case 'incidents.incident-reopened.v1':
      return { what: t('timeline.reopened'), detail: reason(event.data.reason) };
    default:
      return null;
  }
}
