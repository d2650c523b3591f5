import { Card } from './card';
import { TemplateEvent } from './template.events';

export type VersionStatus = 'published' | 'superseded' | 'retired';

export interface PublishedVersion {
  version: number;
  status: VersionStatus;
  card: Card;
}

interface TemplateFacts {
  templateId: string;
  versions: PublishedVersion[];
  /** The next version being written, if any. */
  draft: { version: number; card: Card } | null;
}

/** A template's state: `drafting` until its first publication, then `published` or `retired`. */
export type TemplateState =
  | { status: 'none' }
  | (TemplateFacts & { status: 'drafting' })
  | (TemplateFacts & { status: 'published'; currentVersion: number })
  | (TemplateFacts & { status: 'retired'; retiredReason: string });

export const initialTemplate: TemplateState = { status: 'none' };

const setVersionStatus = (versions: PublishedVersion[], version: number, status: VersionStatus) =>
  versions.map((v) => (v.version === version ? { ...v, status } : v));

export function evolveTemplate(state: TemplateState, event: TemplateEvent): TemplateState {
  const facts: TemplateFacts = state.status === 'none' ? { templateId: event.data.templateId, versions: [], draft: null } : state;
  switch (event.type) {
    case 'action-cards.template-drafted.v1': {
      const draft = { version: event.data.version, card: event.data.card };
      return state.status === 'none' ? { ...facts, status: 'drafting', draft } : { ...state, draft };
    }
    case 'action-cards.template-published.v1': {
      const versions = [...facts.versions, { version: event.data.version, status: 'published' as const, card: event.data.card }];
      return { templateId: facts.templateId, versions, draft: null, status: 'published', currentVersion: event.data.version };
    }
    case 'action-cards.template-version-superseded.v1':
      return { ...facts, ...state, versions: setVersionStatus(facts.versions, event.data.version, 'superseded') } as TemplateState;
    case 'action-cards.template-retired.v1': {
      const versions = event.data.version === null ? facts.versions : setVersionStatus(facts.versions, event.data.version, 'retired');
      return { templateId: facts.templateId, versions, draft: null, status: 'retired', retiredReason: event.data.reason };
    }
  }
}

/** The version new runs start from, or null when none is published. */
export function currentVersion(state: TemplateState): PublishedVersion | null {
  if (state.status !== 'published') return null;
  return state.versions.find((v) => v.version === state.currentVersion) ?? null;
}
