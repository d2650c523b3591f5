import { Card } from './card';

/** A new version of a card was drafted (or its draft replaced); drafts may change, versions may not. */
export interface TemplateDrafted {
  type: 'action-cards.template-drafted.v1';
  data: { templateId: string; version: number; card: Card };
}

/** The draft became version N, fixed for ever: runs pin it and show it exactly so. */
export interface TemplatePublished {
  type: 'action-cards.template-published.v1';
  data: { templateId: string; version: number; card: Card };
}

/** An older published version gave way to a newer one; runs started from it keep it. */
export interface TemplateVersionSuperseded {
  type: 'action-cards.template-version-superseded.v1';
  data: { templateId: string; version: number; supersededBy: number };
}

/** The card is withdrawn: no new runs start from it; running ones carry on. */
export interface TemplateRetired {
  type: 'action-cards.template-retired.v1';
  data: { templateId: string; version: number | null; reason: string };
}

export type TemplateEvent = TemplateDrafted | TemplatePublished | TemplateVersionSuperseded | TemplateRetired;

export const TEMPLATE_EVENT_TYPES: readonly TemplateEvent['type'][] = [
  'action-cards.template-drafted.v1',
  'action-cards.template-published.v1',
  'action-cards.template-version-superseded.v1',
  'action-cards.template-retired.v1',
];

export function isTemplateEvent(type: string): type is TemplateEvent['type'] {
  return (TEMPLATE_EVENT_TYPES as readonly string[]).includes(type);
}
