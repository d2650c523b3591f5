import { StreamKind } from '@vigil/command-handling';
import { RunEvent } from './domain/run.events';
import { evolveRun, initialRun, RunState } from './domain/run.state';
import { StartPolicyPublished } from './domain/start-policy.events';
import { TemplateEvent } from './domain/template.events';
import { evolveTemplate, initialTemplate, TemplateState } from './domain/template.state';

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

/** Keys keep the namespace they always had, so a retried request still maps to the same event ids. */
const NAMESPACE = 'vigil-action-card-command';

export const TEMPLATE_STREAM: StreamKind<{ templateId: string }, TemplateState, TemplateEvent> = {
  model: { initial: initialTemplate, evolve: evolveTemplate },
  namespace: NAMESPACE,
  streamOf: (command) => templateStreamId(command.templateId),
};

export const RUN_STREAM: StreamKind<{ runId: string }, RunState, RunEvent> = {
  model: { initial: initialRun, evolve: evolveRun },
  namespace: NAMESPACE,
  streamOf: (command) => runStreamId(command.runId),
};

/** The start policy in force: its version and rules, or null before the first is published. */
export type StartPolicyInForce = StartPolicyPublished['data'] | null;

/** The one start-policy stream folds to the version last published. */
export const START_POLICY_STREAM: StreamKind<unknown, StartPolicyInForce, StartPolicyPublished> = {
  model: { initial: null, evolve: (_, event) => event.data },
  namespace: NAMESPACE,
  streamOf: () => POLICY_STREAM,
};
