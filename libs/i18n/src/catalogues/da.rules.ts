import type { enRules } from './en.rules';

/** Hvad en regel for sikringscelleanbringelse kræver, som en sagsbehandler læser det i sagen. */
export const daRules: Record<keyof typeof enRules, string> = {
  'rule.max-gap-between-notes': 'Højst {limit} mellem notaterne, så længe anbringelsen varer',
  'rule.deadline.start': '{fact} senest {within} efter anbringelsens start{restrained, select, yes {, når den indsatte er fikseret} other {}}',
  'rule.deadline.end': '{fact} senest {within} efter anbringelsens afslutning{restrained, select, yes {, når den indsatte er fikseret} other {}}',
};
