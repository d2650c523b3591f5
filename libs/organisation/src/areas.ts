/**
 * The countries Vigil serves and their areas: the four areas ("områder") of the Danish Kriminalforsorgen and the
 * regions of the Norwegian Kriminalomsorgen. Slugs are stable: events carry them, so a slug is never renamed or reused.
 */
export const COUNTRIES = ['dk', 'no'] as const;
export type Country = (typeof COUNTRIES)[number];

/** Each country's name in its own language, and the service's own name for itself. */
export const COUNTRY_NAMES: Readonly<Record<Country, { readonly name: string; readonly service: string; readonly language: 'da' | 'nb' }>> = {
  dk: { name: 'Danmark', service: 'Kriminalforsorgen', language: 'da' },
  no: { name: 'Norge', service: 'Kriminalomsorgen', language: 'nb' },
};

/** Every area slug, Danish areas first (in the order the code base has always listed them), then the Norwegian regions. */
export const AREA_SLUGS = [
  'hovedstaden',
  'sjaelland',
  'syddanmark',
  'midt-nord',
  'region-ost',
  'region-sor',
  'region-sorvest',
  'region-vest',
  'region-nord',
] as const;
export type AreaSlug = (typeof AREA_SLUGS)[number];

export interface CatalogueArea {
  readonly slug: AreaSlug;
  readonly country: Country;
  /** The name in the country's own language, as the service writes it. */
  readonly name: string;
  /** `area` ("område", Denmark) or `region` (Norway). */
  readonly type: 'area' | 'region';
}

export const CATALOGUE_AREAS: readonly CatalogueArea[] = [
  { slug: 'hovedstaden', country: 'dk', name: 'Område Hovedstaden', type: 'area' },
  { slug: 'sjaelland', country: 'dk', name: 'Område Sjælland', type: 'area' },
  { slug: 'syddanmark', country: 'dk', name: 'Område Syddanmark', type: 'area' },
  { slug: 'midt-nord', country: 'dk', name: 'Område Midt- og Nordjylland', type: 'area' },
  { slug: 'region-ost', country: 'no', name: 'Region øst', type: 'region' },
  { slug: 'region-sor', country: 'no', name: 'Region sør', type: 'region' },
  { slug: 'region-sorvest', country: 'no', name: 'Region sørvest', type: 'region' },
  { slug: 'region-vest', country: 'no', name: 'Region vest', type: 'region' },
  { slug: 'region-nord', country: 'no', name: 'Region nord', type: 'region' },
];

/** The area or region with this slug, in either country; undefined for anything else. */
export function findArea(slug: string): CatalogueArea | undefined {
  return CATALOGUE_AREAS.find((a) => a.slug === slug);
}

/** The area slugs of the given countries, in catalogue order. */
export function areaSlugsOf(countries: readonly Country[]): AreaSlug[] {
  return CATALOGUE_AREAS.filter((a) => countries.includes(a.country)).map((a) => a.slug);
}
