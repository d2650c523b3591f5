import { FieldChange, IncidentEvent } from './incident.events';

export interface ChangeDescription {
  action: 'reported' | 'corrected' | 'reclassified' | 'marked-duplicate' | 'marked-not-reportable' | 'police-reported' | 'closed' | 'reopened';
  reason: string | null;
  changes: FieldChange[];
}

/** What an event changed, for the history read model: the before and after of each field. */
export function describeChange(event: IncidentEvent): ChangeDescription {
  switch (event.type) {
    case 'incidents.incident-reported.v1':
      return { action: 'reported', reason: null, changes: [] };
    case 'incidents.incident-corrected.v1':
      return { action: 'corrected', reason: event.data.reason, changes: event.data.changes };
    case 'incidents.incident-reclassified.v1': {
      const { from, to } = event.data;
      const changes: FieldChange[] = [];
      if (from.kind !== to.kind) changes.push({ field: 'kind', from: from.kind, to: to.kind });
      if (from.target !== to.target) changes.push({ field: 'target', from: from.target, to: to.target });
      return { action: 'reclassified', reason: event.data.reason, changes };
    }
    case 'incidents.incident-marked-duplicate.v1':
      return { action: 'marked-duplicate', reason: event.data.reason, changes: [{ field: 'duplicateOf', from: null, to: event.data.duplicateOf }] };
    case 'incidents.incident-marked-not-reportable.v1':
      return { action: 'marked-not-reportable', reason: event.data.reason, changes: [] };
    case 'incidents.police-report-recorded.v1':
      return {
        action: 'police-reported',
        reason: null,
        changes: [{ field: 'policeReport', from: null, to: { reportedAt: event.data.reportedAt, policeDistrict: event.data.policeDistrict } }],
      };
    case 'incidents.incident-closed.v2':
      return { action: 'closed', reason: event.data.reason, changes: [{ field: 'outcome', from: null, to: event.data.outcome }] };
    case 'incidents.incident-reopened.v1':
      return { action: 'reopened', reason: event.data.reason, changes: [] };
  }
}
