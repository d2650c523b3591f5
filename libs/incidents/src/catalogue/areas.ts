import { findArea } from '@vigil/organisation';
import { AREA_NAMES, AREAS } from '../domain/incident.vocabulary';

/** The areas and regions with their display names and countries; the slugs themselves belong to the domain vocabulary. */
export const AREA_SLUGS: string[] = [...AREAS];
export const AREA_LIST = AREAS.map((slug) => ({ slug, name: AREA_NAMES[slug], country: findArea(slug)!.country }));
