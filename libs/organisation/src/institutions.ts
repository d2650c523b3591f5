import { AreaSlug, Country } from './areas';

/** What kind of unit an institution is; each country names them in its own words (`INSTITUTION_TYPE_NAMES`). */
export const INSTITUTION_TYPES = ['prison', 'local-jail', 'halfway-house', 'probation-office'] as const;
export type InstitutionType = (typeof INSTITUTION_TYPES)[number];

/** The kinds of institution in each country's own words (Norway has no separate local jails or halfway houses here). */
export const INSTITUTION_TYPE_NAMES: Readonly<Record<Country, Partial<Record<InstitutionType, string>>>> = {
  dk: { prison: 'fængsel', 'local-jail': 'arresthus', 'halfway-house': 'pension', 'probation-office': 'KiF (Kriminalforsorgen i Frihed)' },
  no: { prison: 'fengsel', 'probation-office': 'friomsorgskontor' },
};

/**
 * An institution of either service: a stable slug (events carry it), its country, its area or region, its name in
 * its own language and its type.
 */
export interface Institution {
  readonly slug: string;
  readonly name: string;
  readonly area: AreaSlug;
  readonly country: Country;
  readonly type: InstitutionType;
}

const dk = (slug: string, name: string, area: AreaSlug, type: InstitutionType): Institution => ({ slug, name, area, country: 'dk', type });
const no = (slug: string, name: string, area: AreaSlug, type: InstitutionType): Institution => ({ slug, name, area, country: 'no', type });

/**
 * The institutions by country and area: a sample large enough for the demo and validation (production loads the
 * authoritative list as a later catalogue version). The Danish slugs are the ones the code base has always used.
 */
export const INSTITUTIONS: readonly Institution[] = [
  dk('koebenhavns-faengsler', 'Københavns Fængsler', 'hovedstaden', 'local-jail'),
  dk('storstroem', 'Storstrøm Fængsel', 'sjaelland', 'prison'),
  dk('nyborg', 'Nyborg Fængsel', 'syddanmark', 'prison'),
  dk('oestjylland', 'Østjyllands Fængsel', 'midt-nord', 'prison'),
  dk('horseroed', 'Horserød Fængsel', 'hovedstaden', 'prison'),
  dk('jyderup', 'Jyderup Fængsel', 'sjaelland', 'prison'),
  dk('renbaek', 'Renbæk Fængsel', 'syddanmark', 'prison'),
  dk('kragskovhede', 'Kragskovhede Fængsel', 'midt-nord', 'prison'),
  dk('enner-mark', 'Enner Mark Fængsel', 'midt-nord', 'prison'),
  dk('arresthuset-holbaek', 'Arresthuset i Holbæk', 'sjaelland', 'local-jail'),
  dk('arresthuset-odense', 'Arresthuset i Odense', 'syddanmark', 'local-jail'),
  dk('arresthuset-aalborg', 'Arresthuset i Aalborg', 'midt-nord', 'local-jail'),
  dk('pension-lyng', 'Pension Lyng', 'hovedstaden', 'halfway-house'),
  dk('kif-koebenhavn', 'KiF København', 'hovedstaden', 'probation-office'),
  dk('kif-aarhus', 'KiF Aarhus', 'midt-nord', 'probation-office'),
  no('oslo-fengsel', 'Oslo fengsel', 'region-ost', 'prison'),
  no('ila-fengsel', 'Ila fengsel og forvaringsanstalt', 'region-ost', 'prison'),
  no('bredtveit-fengsel', 'Bredtveit fengsel og forvaringsanstalt', 'region-ost', 'prison'),
  no('halden-fengsel', 'Halden fengsel', 'region-ost', 'prison'),
  no('skien-fengsel', 'Skien fengsel', 'region-sor', 'prison'),
  no('ringerike-fengsel', 'Ringerike fengsel', 'region-sor', 'prison'),
  no('bastoy-fengsel', 'Bastøy fengsel', 'region-sor', 'prison'),
  no('stavanger-fengsel', 'Stavanger fengsel', 'region-sorvest', 'prison'),
  no('bergen-fengsel', 'Bergen fengsel', 'region-vest', 'prison'),
  no('bjorgvin-fengsel', 'Bjørgvin fengsel', 'region-vest', 'prison'),
  no('tromso-fengsel', 'Tromsø fengsel', 'region-nord', 'prison'),
  no('bodo-fengsel', 'Bodø fengsel', 'region-nord', 'prison'),
  no('oslo-friomsorgskontor', 'Oslo friomsorgskontor', 'region-ost', 'probation-office'),
  no('rogaland-friomsorgskontor', 'Rogaland friomsorgskontor', 'region-sorvest', 'probation-office'),
  no('bergen-friomsorgskontor', 'Bergen og omland friomsorgskontor', 'region-vest', 'probation-office'),
  no('nordland-friomsorgskontor', 'Nordland friomsorgskontor', 'region-nord', 'probation-office'),
];

/** The institution with this slug, in either country (history stays readable whatever an installation serves). */
export function findInstitution(slug: string): Institution | undefined {
  return INSTITUTIONS.find((i) => i.slug === slug);
}

/** The institutions that lie in an area or region (empty for an area with none in the catalogue). */
export function institutionsInArea(area: string): string[] {
  return INSTITUTIONS.filter((i) => i.area === area).map((i) => i.slug);
}
