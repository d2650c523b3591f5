import { said } from '@vigil/event-sourcing';
import { areaProblem, areaWords, institutionProblem } from '@vigil/organisation';
import { ActionCardError } from '../domain/action-card.errors';
import { AREAS, isOneOf, NATIONAL_AREA, SLUG } from '../domain/action-card.vocabulary';
import { RunStarted, RunTrigger } from '../domain/run.events';
import { RunState } from '../domain/run.state';
import { currentVersion, TemplateState } from '../domain/template.state';
import { templateRefusal } from '../domain/template-refusals';

export interface StartRun {
  runId: string;
  templateId: string;
  /** The template as it stands; the run pins its current published version. */
  template: TemplateState;
  area: string;
  institution: string | null;
  /** When deadlines start counting; defaults to now. */
  startedAt?: string;
  trigger: RunTrigger;
  actor: string;
}

export function decide(command: StartRun, state: RunState, now: Date): RunStarted[] {
  if (state.status !== 'none')
    throw new ActionCardError('run-already-started', `Run ${command.runId} has already started`, 'runId', said('action-cards.run-already-started'));
  if (command.template.status === 'none') throw templateRefusal.notFound(command.templateId);
  if (command.template.status === 'retired')
    throw new ActionCardError(
      'template-retired',
      `Action card "${command.templateId}" is retired`,
      'templateId',
      said('action-cards.template-retired', { template: command.templateId }),
    );
  const version = currentVersion(command.template);
  if (!version)
    throw new ActionCardError(
      'template-not-found',
      `Action card "${command.templateId}" has no published version yet`,
      'templateId',
      said('action-cards.template-not-published', { template: command.templateId }),
    );
  // Only a crisis activation reaches the whole country; every other run belongs to one area.
  const national = command.area === NATIONAL_AREA && command.trigger.type === 'crisis-activation';
  if (!national && !isOneOf(AREAS, command.area))
    throw new ActionCardError('invalid-value', `area must be one of ${AREAS.join(', ')}`, 'area', said('organisation.no-such-area'));
  if (command.institution !== null && !SLUG.test(command.institution))
    throw new ActionCardError('invalid-value', 'institution must be a slug such as nyborg', 'institution', said('refusal.slug'));
  // A run started by hand names its place from the organisation catalogue; an incident or an activation already did.
  if (command.trigger.type === 'manual') {
    const area = areaProblem(command.area);
    if (area) throw new ActionCardError('invalid-value', area, 'area', areaWords(command.area) ?? undefined);
    const problem = command.institution === null ? null : institutionProblem(command.institution, command.area);
    if (problem) throw new ActionCardError('invalid-value', problem.message, problem.field, problem.words);
  }
  const startedAt = command.startedAt ? new Date(command.startedAt) : now;
  if (Number.isNaN(startedAt.getTime()) || startedAt.getTime() > now.getTime() + 5 * 60_000) {
    throw new ActionCardError('invalid-value', 'startedAt must be a date-time that is not in the future', 'startedAt', said('refusal.not-in-future'));
  }
  return [
    {
      type: 'action-cards.run-started.v1',
      data: {
        runId: command.runId,
        templateId: command.templateId,
        templateVersion: version.version,
        card: version.card,
        startedAt: startedAt.toISOString(),
        startedBy: command.actor,
        area: command.area,
        institution: command.institution,
        trigger: command.trigger,
      },
    },
  ];
}
