import { RunEvent } from '../domain/run.events';
import { evolveRun, initialRun, RunState } from '../domain/run.state';
import { TemplateEvent } from '../domain/template.events';
import { evolveTemplate, initialTemplate, TemplateState } from '../domain/template.state';
import { StreamModel } from './stream-executor';

export const TEMPLATE_MODEL: StreamModel<TemplateState, TemplateEvent> = { initial: initialTemplate, evolve: evolveTemplate };
export const RUN_MODEL: StreamModel<RunState, RunEvent> = { initial: initialRun, evolve: evolveRun };
