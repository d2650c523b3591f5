/**
 * Institutions of the Danish Prison and Probation Service by area, shared by every context that names places (a sample large enough for the
 * demo and validation; production loads the authoritative list).
 */
export interface Institution {
  readonly slug: string;
  readonly name: string;
  readonly area: string;
  readonly type: 'prison' | 'local-jail' | 'halfway-house' | 'probation-office';
}

export const INSTITUTIONS: readonly Institution[] = [
  { slug: 'koebenhavns-faengsler', name: 'Københavns Fængsler', area: 'hovedstaden', type: 'local-jail' },
  { slug: 'storstroem', name: 'Storstrøm Fængsel', area: 'sjaelland', type: 'prison' },
  { slug: 'nyborg', name: 'Nyborg Fængsel', area: 'syddanmark', type: 'prison' },
  { slug: 'oestjylland', name: 'Østjyllands Fængsel', area: 'midt-nord', type: 'prison' },
  { slug: 'horseroed', name: 'Horserød Fængsel', area: 'hovedstaden', type: 'prison' },
  { slug: 'jyderup', name: 'Jyderup Fængsel', area: 'sjaelland', type: 'prison' },
  { slug: 'renbaek', name: 'Renbæk Fængsel', area: 'syddanmark', type: 'prison' },
  { slug: 'kragskovhede', name: 'Kragskovhede Fængsel', area: 'midt-nord', type: 'prison' },
  { slug: 'enner-mark', name: 'Enner Mark Fængsel', area: 'midt-nord', type: 'prison' },
  { slug: 'arresthuset-holbaek', name: 'Arresthuset i Holbæk', area: 'sjaelland', type: 'local-jail' },
  { slug: 'arresthuset-odense', name: 'Arresthuset i Odense', area: 'syddanmark', type: 'local-jail' },
  { slug: 'arresthuset-aalborg', name: 'Arresthuset i Aalborg', area: 'midt-nord', type: 'local-jail' },
  { slug: 'pension-lyng', name: 'Pension Lyng', area: 'hovedstaden', type: 'halfway-house' },
  { slug: 'kif-koebenhavn', name: 'KiF København', area: 'hovedstaden', type: 'probation-office' },
  { slug: 'kif-aarhus', name: 'KiF Aarhus', area: 'midt-nord', type: 'probation-office' },
];

export function findInstitution(slug: string): Institution | undefined {
  return INSTITUTIONS.find((i) => i.slug === slug);
}

/** The institutions that lie in an area (empty for an area with none in the catalogue). */
export function institutionsInArea(area: string): string[] {
  return INSTITUTIONS.filter((i) => i.area === area).map((i) => i.slug);
}
