/** Each template is one stream `actioncardtemplate-<slug>`; each run `actioncardrun-<uuid>`. */
export const TEMPLATE_CATEGORY = 'actioncardtemplate';
export const RUN_CATEGORY = 'actioncardrun';
/** The start policy (which incidents start which card) is one stream of published versions. */
export const POLICY_STREAM = 'actioncardpolicy-incident-start';

export const templateStreamId = (templateId: string) => `${TEMPLATE_CATEGORY}-${templateId}`;
export const runStreamId = (runId: string) => `${RUN_CATEGORY}-${runId}`;
export const runIdOf = (streamId: string) => streamId.slice(RUN_CATEGORY.length + 1);
export const templateIdOf = (streamId: string) => streamId.slice(TEMPLATE_CATEGORY.length + 1);

/** The actor recorded on events the workflow appends by itself (deadlines, incident starts). */
export const WORKFLOW_ACTOR = 'SYS-ACTIONCARDS';
