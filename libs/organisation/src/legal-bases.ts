import { Country } from './areas';

/**
 * A legal basis ("hjemmel") a decision may rest on: a stable code, its country, the provision and what it allows, in
 * the country's own language. Codes are stable: events carry them.
 */
export interface CatalogueLegalBasis {
  readonly code: string;
  readonly country: Country;
  /** The act or executive order, as its country names it. */
  readonly law: string;
  /** The provision as it is cited, e.g. `straffuldbyrdelsesloven § 66, stk. 1, nr. 1`. */
  readonly provision: string;
  /** What the provision allows, in the country's own language. */
  readonly wording: string;
}

export const CATALOGUE_LEGAL_BASES: readonly CatalogueLegalBasis[] = [
  {
    code: 'dk-strfl-66-1-1',
    country: 'dk',
    law: 'straffuldbyrdelsesloven',
    provision: 'straffuldbyrdelsesloven § 66, stk. 1, nr. 1',
    wording: 'Anbringelse i sikringscelle for at afværge truende vold eller overvinde voldsom modstand',
  },
  {
    code: 'dk-strfl-66-1-2',
    country: 'dk',
    law: 'straffuldbyrdelsesloven',
    provision: 'straffuldbyrdelsesloven § 66, stk. 1, nr. 2',
    wording: 'Anbringelse i sikringscelle for at hindre selvmord eller anden selvbeskadigelse',
  },
  {
    code: 'dk-strfl-62',
    country: 'dk',
    law: 'straffuldbyrdelsesloven',
    provision: 'straffuldbyrdelsesloven § 62',
    wording: 'Magtanvendelse over for indsatte, når det er nødvendigt og forholdsmæssigt',
  },
  {
    code: 'dk-bek-sikringsmidler-13',
    country: 'dk',
    law: 'bekendtgørelse om anvendelse af sikringsmidler',
    provision: 'bekendtgørelse om anvendelse af sikringsmidler § 13',
    wording: 'Opfølgende samtale med den indsatte efter ophør af sikringscelleanbringelse',
  },
  {
    code: 'no-strgjfl-38',
    country: 'no',
    law: 'straffegjennomføringsloven',
    provision: 'straffegjennomføringsloven § 38',
    wording: 'Bruk av sikkerhetscelle',
  },
  {
    code: 'no-strgjfl-37',
    country: 'no',
    law: 'straffegjennomføringsloven',
    provision: 'straffegjennomføringsloven § 37',
    wording: 'Utelukkelse fra fellesskapet',
  },
  {
    code: 'no-strgjfl-3',
    country: 'no',
    law: 'straffegjennomføringsloven',
    provision: 'straffegjennomføringsloven § 3',
    wording: 'Gjennomføringen av reaksjonen skal være sikkerhetsmessig forsvarlig',
  },
];

export function findLegalBasis(code: string): CatalogueLegalBasis | undefined {
  return CATALOGUE_LEGAL_BASES.find((b) => b.code === code);
}
