import { said } from '@vigil/event-sourcing';
import { IncidentDomainError } from '../domain/incident.errors';
import { PoliceReportRecorded } from '../domain/incident.events';
import { requireInstant, requireReported, requireStatus } from '../domain/incident.rules';
import { IncidentState } from '../domain/incident.state';

export type RecordPoliceReport = PoliceReportRecorded['data'] & { actor: string };

export function decide(command: RecordPoliceReport, state: IncidentState, now: Date): PoliceReportRecorded[] {
  const incident = requireReported(state, command.incidentId);
  requireStatus(incident, ['open', 'closed', 'not-reportable'], 'record a police report for');
  const reportedAt = requireInstant(command.reportedAt, now, 'reportedAt');
  if (new Date(reportedAt).getTime() < new Date(incident.occurredAt).getTime()) {
    throw new IncidentDomainError(
      'invalid-value',
      `reportedAt ${command.reportedAt} is before the incident occurred (${incident.occurredAt})`,
      'reportedAt',
      said('incidents.reported-before', { occurredAt: { at: incident.occurredAt } }),
    );
  }
  if (!command.policeDistrict?.trim())
    throw new IncidentDomainError('invalid-value', 'policeDistrict must not be blank', 'policeDistrict', said('validation.blank'));
  const { actor: _actor, ...data } = command;
  return [{ type: 'incidents.police-report-recorded.v1', data: { ...data, reportedAt, policeDistrict: data.policeDistrict.trim() } }];
}
