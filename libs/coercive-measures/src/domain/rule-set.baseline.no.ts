import { RuleSet } from './rule-set';

const DAY = 24 * 60;

/**
 * The Norwegian version 1: the same kinds of rules and working values as the Danish baseline, sourced in
 * straffegjennomføringsloven § 38 with its forskrift and retningslinjer (continuous supervision and notes, a doctor
 * when mechanical restraints are used, a conversation afterwards, review by the management and by the region).
 * 15 minutes, 60 minutes, 3, 7 and 30 days are working values for Kriminalomsorgen to confirm. Effective from the
 * Act's entry into force on 1 March 2002.
 */
export const NORWEGIAN_BASELINE_RULE_SET: RuleSet = {
  version: 1,
  effectiveFrom: '2002-03-01T00:00:00.000Z',
  title: 'Plassering i sikkerhetscelle: saksbehandlingskrav (v1)',
  rules: [
    {
      id: 'observation-notes',
      kind: 'max-gap-between-notes',
      maxGapMinutes: 15,
      description: 'A note at least every 15 minutes while the placement lasts',
      source: 'straffegjennomføringsloven § 38 med retningslinjer: kontinuerlig tilsyn og fortløpende notater; 15 minutter er en arbeidsverdi',
    },
    {
      id: 'doctor-called',
      kind: 'deadline',
      fact: 'doctor-called',
      anchor: 'start',
      withinMinutes: 60,
      appliesTo: 'restrained',
      description: 'A doctor called within 60 minutes of the start when the inmate is restrained',
      source: 'straffegjennomføringsloven § 38: lege tilkalles ved bruk av reimer; 60 minutter er en arbeidsverdi',
    },
    {
      id: 'follow-up-conversation',
      kind: 'deadline',
      fact: 'follow-up-conversation',
      anchor: 'end',
      withinMinutes: 3 * DAY,
      appliesTo: 'all',
      description: 'A conversation with the inmate within 3 days after the end',
      source: 'retningslinjer til straffegjennomføringsloven § 38: samtale med innsatte etter plasseringen; 3 dager er en arbeidsverdi',
    },
    {
      id: 'management-review',
      kind: 'deadline',
      fact: 'management-review',
      anchor: 'end',
      withinMinutes: 7 * DAY,
      appliesTo: 'all',
      description: 'Management review within 7 days after the end',
      source: 'forskrift om straffegjennomføring og retningslinjene: fengselsledelsen gjennomgår vedtaket; 7 dager er en arbeidsverdi',
    },
    {
      id: 'legal-review',
      kind: 'deadline',
      fact: 'legal-review',
      anchor: 'end',
      withinMinutes: 30 * DAY,
      appliesTo: 'all',
      description: 'Review by the region within 30 days after the end',
      source: 'straffegjennomføringsloven § 38 med retningslinjer: regionen kontrollerer bruken av sikkerhetscelle; 30 dager er en arbeidsverdi',
    },
  ],
};
