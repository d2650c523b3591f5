import { StreamKind } from '@vigil/command-handling';
import { AssessorEvent } from './domain/assessor-certification.events';
import { AssessorCertifications, evolveCertifications, noCertifications } from './domain/assessor-certification.state';
import { RiskCaseEvent } from './domain/risk-case.events';
import { evolve, initial, RiskCaseState } from './domain/risk-case.state';

/** Each threatened person's case is one stream, `riskcase-<uuid>`; category `riskcase` feeds the read models. */
export const RISK_CASE_CATEGORY = 'riskcase';
/** Each assessor's certifications are one stream, `riskassessor-<staff ref>`. */
export const ASSESSOR_CATEGORY = 'riskassessor';

/** The idempotency namespace risk commands always had, so keys sent before the kernel map to the same event ids. */
const RISK_COMMAND_NAMESPACE = 'vigil-command';

export function riskCaseStreamId(caseId: string): string {
  return `${RISK_CASE_CATEGORY}-${caseId}`;
}

export function caseIdOf(streamId: string): string {
  return streamId.slice(RISK_CASE_CATEGORY.length + 1);
}

export function assessorStreamId(assessorRef: string): string {
  return `${ASSESSOR_CATEGORY}-${assessorRef}`;
}

/** Every case command works on one case's stream. */
export const RISK_CASE_STREAM: StreamKind<{ caseId: string }, RiskCaseState, RiskCaseEvent> = {
  model: { initial, evolve },
  namespace: RISK_COMMAND_NAMESPACE,
  streamOf: (command) => riskCaseStreamId(command.caseId),
};

/** Certifying an assessor, or ending a certification, works on the assessor's own stream. */
export const ASSESSOR_STREAM: StreamKind<{ assessorRef: string }, AssessorCertifications, AssessorEvent> = {
  model: { initial: noCertifications, evolve: evolveCertifications },
  namespace: RISK_COMMAND_NAMESPACE,
  streamOf: (command) => assessorStreamId(command.assessorRef),
};
