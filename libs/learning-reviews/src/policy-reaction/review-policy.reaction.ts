import { deterministicUuid } from '@vigil/event-sourcing';
import { categoryOf, RecordedEvent } from '@vigil/event-store';
import { INCIDENTS_TOPIC, IncidentReportedV1, IntegrationMessage } from '@vigil/integration-contracts';
import { ContractReaction } from '@vigil/messaging';
import { EntityManager } from 'typeorm';
import { POLICY_STREAM_ID, PolicyRule, ReviewPolicyPublished, ruleFor } from '../domain/review-policy';

const POLICY_PUBLISHED: ReviewPolicyPublished['type'] = 'learning-reviews.review-policy-published.v1';

/** The review an incident requires under a rule: one id per incident and rule, so it is required once however often it is asked. */
export const requiredReviewId = (incidentId: string, rule: string) => deterministicUuid('vigil-learning-review-required', incidentId, rule);

/** The day (in the services' time zone) an instant falls on, and a day some days later. */
const DAY_OF = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' });
export const dayOf = (instant: string) => DAY_OF.format(new Date(instant));
export const daysAfter = (day: string, days: number) => new Date(new Date(`${day}T00:00:00Z`).getTime() + days * 86_400_000).toISOString().slice(0, 10);

async function keepPolicy(event: RecordedEvent, manager: EntityManager): Promise<void> {
  if (event.type !== POLICY_PUBLISHED || event.streamId !== POLICY_STREAM_ID) return;
  const { version, rules } = event.data as ReviewPolicyPublished['data'];
  await manager.query(
    `INSERT INTO learning_review_policy (policy_id, version, rules, published_at) VALUES ('reviews', $1, $2, $3)
     ON CONFLICT (policy_id) DO UPDATE SET version = $1, rules = $2, published_at = $3 WHERE learning_review_policy.version < $1`,
    [version, JSON.stringify(rules), event.metadata.recordedAt],
  );
}

/** Where the incident happened, as a review's unit. */
const unitOf = (incident: IncidentReportedV1) => (incident.institutionId ? `institution:${incident.institutionId}` : `area:${incident.area}`);

/**
 * The review policy at work. It keeps the policy in force (this context's own events) and, for each incident the register
 * reports (its published contract, v1 or v2) that a rule catches, records a request the workflow turns into a required
 * review. Both arrive in log order, so an incident is judged by the policy in force when it was reported.
 */
export const REVIEW_POLICY_REACTION: ContractReaction = {
  name: 'learning-reviews.review-policy',
  topics: [INCIDENTS_TOPIC],
  tables: ['learning_review_policy', 'learning_review_requests'],
  own: { categories: [categoryOf(POLICY_STREAM_ID)], handle: keepPolicy },
  async handle(message: IntegrationMessage, manager: EntityManager): Promise<void> {
    if (message.contract !== 'incidents.incident-reported') return;
    const [policy] = await manager.query(`SELECT version, rules FROM learning_review_policy WHERE policy_id = 'reviews'`);
    if (!policy) return; // no policy in force yet: incidents reported before it require nothing
    // Version 1 carries no physical injury: a rule asking for one does not catch it.
    const incident = message.payload as IncidentReportedV1 & { physicalInjury?: string };
    const facts = { kind: incident.kind, target: incident.target, severity: incident.severity, physicalInjury: incident.physicalInjury };
    const rule: PolicyRule | null = ruleFor({ version: policy.version, rules: policy.rules }, facts);
    if (!rule) return;
    const reported = dayOf(message.recordedAt);
    await manager.query(
      `INSERT INTO learning_review_requests (review_id, incident_id, incident_event_id, rule, policy_version, kind, title, unit, start_by, due_on, requested_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT DO NOTHING`,
      [
        requiredReviewId(incident.incidentId, rule.rule),
        incident.incidentId,
        message.messageId,
        rule.rule,
        policy.version,
        rule.review,
        rule.title,
        unitOf(incident),
        daysAfter(reported, rule.startWithinDays),
        daysAfter(reported, rule.finishWithinDays),
        message.recordedAt,
      ],
    );
  },
};
