import { COUNTRIES, Country } from './areas';

/**
 * The countries this installation serves (`VIGIL_JURISDICTIONS`). The composition root sets it once at start from the
 * validated configuration; until then, and in unit tests, both countries are served. What a command may name is checked
 * against it; what was recorded earlier stays readable whatever it says.
 */
let served: readonly Country[] = COUNTRIES;

/** `dk,no` → ['dk', 'no']; null when the text names anything but the catalogue's countries, or none. */
export function parseJurisdictions(text: string): Country[] | null {
  const codes = text
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '');
  if (codes.length === 0 || !codes.every((c): c is Country => (COUNTRIES as readonly string[]).includes(c))) return null;
  return COUNTRIES.filter((c) => codes.includes(c));
}

export function serveJurisdictions(countries: readonly Country[]): void {
  if (countries.length === 0) throw new Error('an installation serves at least one country');
  served = COUNTRIES.filter((c) => countries.includes(c));
}

export function servedJurisdictions(): readonly Country[] {
  return served;
}
