/** Each threatened person's case is one stream, `riskcase-<uuid>`; category `riskcase` feeds the read models. */
export const RISK_CASE_CATEGORY = 'riskcase';
/** Each assessor's certifications are one stream, `riskassessor-<staff ref>`. */
export const ASSESSOR_CATEGORY = 'riskassessor';

export function riskCaseStreamId(caseId: string): string {
  return `${RISK_CASE_CATEGORY}-${caseId}`;
}

export function caseIdOf(streamId: string): string {
  return streamId.slice(RISK_CASE_CATEGORY.length + 1);
}

export function assessorStreamId(assessorRef: string): string {
  return `${ASSESSOR_CATEGORY}-${assessorRef}`;
}
