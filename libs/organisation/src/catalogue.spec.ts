import { SERVICE_AREA_CODES } from '@vigil/integration-contracts';
import {
  AREA_SLUGS,
  areaProblem,
  areaWords,
  CATALOGUE_AREAS,
  CATALOGUE_LEGAL_BASES,
  COUNTRIES,
  findInstitution,
  institutionProblem,
  institutionsInArea,
  INSTITUTION_TYPE_NAMES,
  INSTITUTIONS,
  legalBasisProblem,
  organisationCatalogue,
  ORGANISATION_CATALOGUE_DATE,
  ORGANISATION_CATALOGUE_VERSION,
  parseJurisdictions,
  serveJurisdictions,
  servedJurisdictions,
  unitProblem,
  unitWords,
} from './index';

const SLUG = /^[a-z0-9-]{2,60}$/;

describe('the organisation catalogue', () => {
  afterEach(() => serveJurisdictions(COUNTRIES));

  it('is versioned data with a day it took effect', () => {
    expect(ORGANISATION_CATALOGUE_VERSION).toBeGreaterThanOrEqual(2);
    expect(ORGANISATION_CATALOGUE_DATE).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(organisationCatalogue()).toMatchObject({ version: ORGANISATION_CATALOGUE_VERSION, validFrom: ORGANISATION_CATALOGUE_DATE });
  });

  it('keeps the slugs existing events carry: the four Danish areas and their institutions', () => {
    expect(AREA_SLUGS.slice(0, 4)).toEqual(['hovedstaden', 'sjaelland', 'syddanmark', 'midt-nord']);
    for (const slug of ['koebenhavns-faengsler', 'storstroem', 'nyborg', 'oestjylland', 'horseroed', 'renbaek', 'kif-aarhus', 'pension-lyng'])
      expect(findInstitution(slug)?.country).toBe('dk');
    expect(findInstitution('nyborg')).toEqual({ slug: 'nyborg', name: 'Nyborg Fængsel', area: 'syddanmark', country: 'dk', type: 'prison' });
  });

  it('holds Norway’s regions with prisons (fengsler) and probation offices (friomsorgskontor), named in Norwegian', () => {
    const regions = CATALOGUE_AREAS.filter((a) => a.country === 'no');
    expect(regions.map((r) => r.name)).toEqual(['Region øst', 'Region sør', 'Region sørvest', 'Region vest', 'Region nord']);
    expect(regions.every((r) => r.type === 'region')).toBe(true);
    for (const region of regions) expect(institutionsInArea(region.slug).length).toBeGreaterThan(0);
    const norwegian = INSTITUTIONS.filter((i) => i.country === 'no');
    expect(norwegian.filter((i) => i.type === 'prison').every((i) => / fengsel( og forvaringsanstalt)?$/.test(i.name))).toBe(true);
    expect(norwegian.filter((i) => i.type === 'probation-office').every((i) => i.name.endsWith('friomsorgskontor'))).toBe(true);
    expect(findInstitution('bergen-fengsel')).toMatchObject({ country: 'no', area: 'region-vest', type: 'prison' });
  });

  it('holds every Danish kind of unit: prisons, local jails, halfway houses and KiF offices', () => {
    const danish = INSTITUTIONS.filter((i) => i.country === 'dk');
    expect(new Set(danish.map((i) => i.type))).toEqual(new Set(['prison', 'local-jail', 'halfway-house', 'probation-office']));
    for (const institution of INSTITUTIONS) expect(INSTITUTION_TYPE_NAMES[institution.country][institution.type]).toBeDefined();
  });

  it('gives every unit a unique slug, a known area of its own country, and a name', () => {
    const slugs = [...CATALOGUE_AREAS.map((a) => a.slug), ...INSTITUTIONS.map((i) => i.slug)];
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const institution of INSTITUTIONS) {
      expect(institution.slug).toMatch(SLUG);
      expect(institution.name.trim()).not.toBe('');
      expect(CATALOGUE_AREAS.find((a) => a.slug === institution.area)?.country).toBe(institution.country);
    }
  });

  it('names the same areas as the incident contracts’ codes', () => {
    expect([...AREA_SLUGS]).toEqual([...SERVICE_AREA_CODES]);
  });

  it("holds each country's legal bases in its own language, with unique codes", () => {
    const codes = CATALOGUE_LEGAL_BASES.map((b) => b.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const basis of CATALOGUE_LEGAL_BASES) expect(basis.code.startsWith(`${basis.country}-`)).toBe(true);
    expect(CATALOGUE_LEGAL_BASES.find((b) => b.code === 'dk-strfl-66-1-1')).toMatchObject({
      law: 'straffuldbyrdelsesloven',
      wording: expect.stringContaining('sikringscelle'),
    });
    expect(CATALOGUE_LEGAL_BASES.find((b) => b.code === 'no-strgjfl-38')).toMatchObject({
      provision: 'straffegjennomføringsloven § 38',
      wording: expect.stringContaining('sikkerhetscelle'),
    });
    expect(CATALOGUE_LEGAL_BASES.find((b) => b.code === 'no-strgjfl-37')?.wording).toBe('Utelukkelse fra fellesskapet');
  });

  it('says in plain words what is wrong with a place a command names', () => {
    expect(institutionProblem('nyborg', 'syddanmark')).toBeNull();
    expect(institutionProblem('bergen-fengsel', 'region-vest')).toBeNull();
    expect(institutionProblem('ukendt-institution')).toEqual({
      field: 'institution',
      message: 'no such institution in the catalogue',
      words: { key: 'organisation.no-such-institution' },
    });
    expect(institutionProblem('nyborg', 'region-vest')).toMatchObject({
      field: 'area',
      message: 'Nyborg Fængsel lies in Område Syddanmark, not in Region vest',
    });
    expect(unitWords('area:atlantis')).toEqual({ key: 'organisation.no-such-area' });
    expect(unitWords('institution:nyborg')).toBeNull();
    expect(unitWords('somewhere')).toEqual({ key: 'organisation.unit-form' });
    expect(areaProblem('region-nord')).toBeNull();
    expect(areaProblem('atlantis')).toBe('no such area or region in the catalogue');
    expect(unitProblem('national')).toBeNull();
    expect(unitProblem('area:region-ost')).toBeNull();
    expect(unitProblem('institution:oslo-fengsel')).toBeNull();
    expect(unitProblem('institution:atlantis')).toBe('no such institution in the catalogue');
    expect(unitProblem('area:atlantis')).toBe('no such area or region in the catalogue');
    expect(legalBasisProblem('no-strgjfl-38', 'no')).toBeNull();
    expect(legalBasisProblem('dk-strfl-66-1-1', 'no')).toBe('straffuldbyrdelsesloven § 66, stk. 1, nr. 1 is Danish law and does not apply in Norge');
  });

  it('accepts only the countries an installation serves, and still finds the others (history stays readable)', () => {
    expect(servedJurisdictions()).toEqual(['dk', 'no']);
    serveJurisdictions(['dk']);
    expect(institutionProblem('oslo-fengsel')).toEqual({
      field: 'institution',
      message: 'Oslo fengsel: Norge is not served by this installation',
      words: { key: 'organisation.not-served', values: { name: 'Oslo fengsel', country: 'no' } },
    });
    expect(areaWords('region-ost')).toEqual({ key: 'organisation.not-served', values: { name: 'Region øst', country: 'no' } });
    expect(areaProblem('region-ost')).toBe('Region øst: Norge is not served by this installation');
    expect(institutionProblem('nyborg')).toBeNull();
    expect(findInstitution('oslo-fengsel')).toBeDefined();
    expect(organisationCatalogue().institutions.every((i) => i.country === 'dk')).toBe(true);
    expect(organisationCatalogue().countries).toEqual([expect.objectContaining({ code: 'dk', service: 'Kriminalforsorgen' })]);
  });

  it('reads VIGIL_JURISDICTIONS', () => {
    expect(parseJurisdictions('dk,no')).toEqual(['dk', 'no']);
    expect(parseJurisdictions(' NO ')).toEqual(['no']);
    expect(parseJurisdictions('no,dk')).toEqual(['dk', 'no']);
    expect(parseJurisdictions('dk,se')).toBeNull();
    expect(parseJurisdictions('')).toBeNull();
    expect(() => serveJurisdictions([])).toThrow();
  });
});
