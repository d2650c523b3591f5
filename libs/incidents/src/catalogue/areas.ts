import { AREA_NAMES, AREAS } from '../domain/incident.vocabulary';

/** The four areas with their display names; the slugs themselves belong to the domain vocabulary. */
export const AREA_SLUGS: string[] = [...AREAS];
export const AREA_LIST = AREAS.map((slug) => ({ slug, name: AREA_NAMES[slug] }));
