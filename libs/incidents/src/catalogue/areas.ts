/** The four areas ("områder") of the Danish Prison and Probation Service. */
export const AREAS = [
  { slug: 'hovedstaden', name: 'Område Hovedstaden' },
  { slug: 'sjaelland', name: 'Område Sjælland' },
  { slug: 'syddanmark', name: 'Område Syddanmark' },
  { slug: 'midt-nord', name: 'Område Midt- og Nordjylland' },
] as const;

export const AREA_SLUGS: string[] = AREAS.map((a) => a.slug);
