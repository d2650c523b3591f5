import { categoryOf, RecordedEvent } from '@vigil/event-store';
import { deterministicUuid } from '@vigil/event-sourcing';
import { IncidentReportedV1, IntegrationMessage, INCIDENTS_TOPIC } from '@vigil/integration-contracts';
import { ContractReaction } from '@vigil/messaging';
import { EntityManager } from 'typeorm';
import { POLICY_STREAM } from '../action-card-streams';
import { matchRule, StartPolicyPublished, StartRule } from '../domain/start-policy.events';

const START_POLICY_PUBLISHED = 'action-cards.start-policy-published.v1';

/** The run an incident starts has an id derived from the incident's message (its event's id), so it can only start once. */
const runIdForIncidentEvent = (incidentEventId: string) => deterministicUuid('vigil-action-card-run-from-incident', incidentEventId);

async function keepPolicy(event: RecordedEvent, manager: EntityManager): Promise<void> {
  if (event.type !== START_POLICY_PUBLISHED || event.streamId !== POLICY_STREAM) return;
  const { version, rules } = event.data as StartPolicyPublished['data'];
  await manager.query(
    `INSERT INTO action_card_start_policy (policy_id, version, rules, published_at) VALUES ('incident-start', $1, $2, $3)
     ON CONFLICT (policy_id) DO UPDATE SET version = $1, rules = $2, published_at = $3 WHERE action_card_start_policy.version < $1`,
    [version, JSON.stringify(rules), event.metadata.recordedAt],
  );
}

/**
 * The policy that starts runs from incidents. It keeps the policy in force (this context's own
 * events) and, for each incident the register reports (its published contract) that the policy
 * covers, records a start request the workflow turns into a run. Both arrive in log order, so "in
 * force" means "earlier in the log".
 */
export const INCIDENT_START_REACTION: ContractReaction = {
  name: 'action-cards.incident-start-policy',
  topics: [INCIDENTS_TOPIC],
  tables: ['action_card_start_policy', 'action_card_run_start_request'],
  own: { categories: [categoryOf(POLICY_STREAM)], handle: keepPolicy },
  async handle(message: IntegrationMessage, manager: EntityManager): Promise<void> {
    if (message.contract !== 'incidents.incident-reported') return;
    const [policy] = await manager.query(`SELECT version, rules FROM action_card_start_policy WHERE policy_id = 'incident-start'`);
    if (!policy) return; // no policy in force yet: incidents recorded before it start nothing
    const incident = message.payload as IncidentReportedV1;
    const rule = matchRule(policy.rules as StartRule[], incident.kind, incident.target, incident.area);
    if (!rule) return;
    await manager.query(
      `INSERT INTO action_card_run_start_request (run_id, incident_id, incident_event_id, template_id, policy_version, area, institution, requested_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
      [
        runIdForIncidentEvent(message.messageId),
        incident.incidentId,
        message.messageId,
        rule.templateId,
        policy.version,
        incident.area,
        incident.institutionId,
        message.recordedAt,
      ],
    );
  },
};
