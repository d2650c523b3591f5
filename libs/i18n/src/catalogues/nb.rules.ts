import type { enRules } from './en.rules';

/** Hva en regel for plassering i sikkerhetscelle krever, slik en saksbehandler leser det i saken. */
export const nbRules: Record<keyof typeof enRules, string> = {
  'rule.max-gap-between-notes': 'Høyst {limit} mellom notatene så lenge plasseringen varer',
  'rule.deadline.start': '{fact} senest {within} etter at plasseringen startet{restrained, select, yes {, når den innsatte er reimet} other {}}',
  'rule.deadline.end': '{fact} senest {within} etter at plasseringen ble avsluttet{restrained, select, yes {, når den innsatte er reimet} other {}}',
};
