import { RecordedEvent } from '@vigil/event-store';
import { Projection } from '@vigil/projections';
import { EntityManager } from 'typeorm';
import { POLICY_STREAM } from '../action-card-streams';
import { deterministicUuid } from '@vigil/event-sourcing';
import { matchRule, StartPolicyPublished, StartRule } from '../domain/start-policy.events';
import { INCIDENT_REPORTED, IncidentReportedFacts } from './incident-reported.contract';

export const START_POLICY_PUBLISHED = 'action-cards.start-policy-published.v1';

/** The run an incident starts has an id derived from the incident's event, so it can only start once. */
export const runIdForIncidentEvent = (incidentEventId: string) => deterministicUuid('vigil-action-card-run-from-incident', incidentEventId);

/**
 * The policy that starts runs from incidents. It keeps the policy in force and, for each reported
 * incident the policy covers, records a start request the workflow turns into a run. It reads the
 * whole log (incidents and the policy stream) so that "in force" means "earlier in the log".
 */
export class StartPolicyProjection implements Projection {
  readonly name = 'action-cards.incident-start-policy';
  readonly tables = ['action_card_start_policy', 'action_card_run_start_request'];

  async handle(event: RecordedEvent, manager: EntityManager): Promise<void> {
    if (event.type === START_POLICY_PUBLISHED && event.streamId === POLICY_STREAM) {
      const { version, rules } = event.data as StartPolicyPublished['data'];
      await manager.query(
        `INSERT INTO action_card_start_policy (policy_id, version, rules, published_at) VALUES ('incident-start', $1, $2, $3)
         ON CONFLICT (policy_id) DO UPDATE SET version = $1, rules = $2, published_at = $3 WHERE action_card_start_policy.version < $1`,
        [version, JSON.stringify(rules), event.metadata.recordedAt],
      );
      return;
    }
    if (event.type !== INCIDENT_REPORTED) return;
    const [policy] = await manager.query(`SELECT version, rules FROM action_card_start_policy WHERE policy_id = 'incident-start'`);
    if (!policy) return; // no policy in force yet: incidents recorded before it start nothing
    const incident = event.data as IncidentReportedFacts;
    const rule = matchRule(policy.rules as StartRule[], incident.kind, incident.target);
    if (!rule) return;
    await manager.query(
      `INSERT INTO action_card_run_start_request (run_id, incident_id, incident_event_id, template_id, policy_version, area, institution, requested_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
      [
        runIdForIncidentEvent(event.id),
        incident.incidentId,
        event.id,
        rule.templateId,
        policy.version,
        incident.location.area,
        incident.location.type === 'institution' ? incident.location.institution : null,
        event.metadata.recordedAt,
      ],
    );
  }
}
