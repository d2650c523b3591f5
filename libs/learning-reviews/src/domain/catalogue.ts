import { canonicalJson, said } from '@vigil/event-sourcing';
import { ReviewDomainError } from './review.errors';
import { fail, oneOf, reviewText } from './review.rules';
import { FACTOR_CLASSES, FactorClass, Horizon, HORIZONS, SLUG } from './review.vocabulary';

/** One intervention of the catalogue: what, which class, short or long term, which incidents it is for, whose it is. */
export interface Intervention {
  readonly id: string;
  readonly title: string;
  readonly category: FactorClass;
  readonly horizon: Horizon;
  readonly kinds: readonly string[];
  readonly ownerRole: string;
  readonly description: string;
}

export interface CatalogueVersionPublished {
  type: 'learning-reviews.catalogue-version-published.v1';
  data: { version: number; interventions: Intervention[]; reason: string; publishedBy: string };
}

export interface CatalogueState {
  readonly version: number;
  readonly interventions: readonly Intervention[];
}

export const initialCatalogue: CatalogueState = { version: 0, interventions: [] };

/** Publishes the catalogue's next version; the same catalogue again decides nothing. */
export function decidePublishCatalogue(
  command: { interventions: Intervention[]; reason: string; actor: string },
  state: CatalogueState,
): CatalogueVersionPublished[] {
  if (!Array.isArray(command.interventions) || command.interventions.length === 0)
    fail('interventions', 'interventions must list at least one', said('validation.list-too-short', { min: 1 }));
  const interventions = command.interventions.map((i, n) => {
    const at = `interventions[${n}]`;
    if (!SLUG.test(i?.id ?? ''))
      fail(`${at}.id`, `${at}.id must be a short code such as assault-alarm`, said('statistics.short-code', { example: 'assault-alarm' }));
    if (!Array.isArray(i.kinds) || i.kinds.some((k) => typeof k !== 'string' || !SLUG.test(k)))
      fail(`${at}.kinds`, `${at}.kinds must list incident kinds`, said('learning-reviews.kinds'));
    if (!SLUG.test(i.ownerRole ?? '')) fail(`${at}.ownerRole`, `${at}.ownerRole must be a role`, said('learning-reviews.owner-role'));
    return {
      id: i.id,
      title: reviewText(i.title, `${at}.title`, 3, 200),
      category: oneOf(FACTOR_CLASSES, i.category, `${at}.category`),
      horizon: oneOf(HORIZONS, i.horizon, `${at}.horizon`),
      kinds: [...i.kinds],
      ownerRole: i.ownerRole,
      description: reviewText(i.description, `${at}.description`, 3, 2000),
    };
  });
  if (new Set(interventions.map((i) => i.id)).size !== interventions.length)
    fail('interventions', 'each intervention needs its own id', said('learning-reviews.ids-unique'));
  if (canonicalJson(interventions) === canonicalJson(state.interventions))
    throw new ReviewDomainError(
      'no-change',
      'The catalogue already holds exactly these interventions',
      undefined,
      said('learning-reviews.catalogue-unchanged'),
    );
  return [
    {
      type: 'learning-reviews.catalogue-version-published.v1',
      data: { version: state.version + 1, interventions, reason: reviewText(command.reason, 'reason'), publishedBy: command.actor },
    },
  ];
}

export const CATALOGUE_STREAM_ID = 'learningcatalogue-interventions';
