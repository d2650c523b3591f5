import { VigilConfig } from '@vigil/config';
import { parseJurisdictions, serveJurisdictions } from '@vigil/organisation';

/** Sets the countries this installation serves from the validated configuration (VIGIL_JURISDICTIONS). */
export function applyJurisdictions(config: Pick<VigilConfig, 'VIGIL_JURISDICTIONS'>): void {
  const countries = parseJurisdictions(config.VIGIL_JURISDICTIONS ?? 'dk,no');
  if (!countries) throw new Error(`VIGIL_JURISDICTIONS must name dk, no or both, not "${config.VIGIL_JURISDICTIONS}"`);
  serveJurisdictions(countries);
}
