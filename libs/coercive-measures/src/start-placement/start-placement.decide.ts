import { said } from '@vigil/event-sourcing';
import { findInstitution, legalBasisProblem, legalBasisWords } from '@vigil/organisation';
import { CoerciveMeasureError } from '../domain/placement.errors';
import { AlternativeConsidered, PlacementStarted } from '../domain/placement.events';
import { requireBoolean, requireInstant, requireInstitution, requireOneOf, requireRef, requireText } from '../domain/placement.rules';
import { PlacementState } from '../domain/placement.state';
import { ALTERNATIVE_MEASURES, ALTERNATIVE_OUTCOMES, LEGAL_BASES, LEGAL_BASIS_CODES, MEASURES, REASON_CATEGORIES } from '../domain/placement.vocabulary';

export type StartPlacement = Omit<PlacementStarted['data'], 'legalParagraph'> & { actor: string };

function requireAlternatives(value: unknown): AlternativeConsidered[] {
  // Proportionality: a placement is lawful only when less intrusive measures were not enough.
  if (!Array.isArray(value) || value.length === 0) {
    throw new CoerciveMeasureError(
      'invalid-value',
      'alternatives must name at least one less intrusive measure tried or considered first',
      'alternatives',
      said('coercive-measures.alternatives'),
    );
  }
  return value.map((a: Partial<AlternativeConsidered>, i) => ({
    measure: requireOneOf(ALTERNATIVE_MEASURES, a?.measure, `alternatives.${i}.measure`),
    outcome: requireOneOf(ALTERNATIVE_OUTCOMES, a?.outcome, `alternatives.${i}.outcome`),
    note: requireText(a?.note, `alternatives.${i}.note`, 2000),
  }));
}

export function decide(command: StartPlacement, state: PlacementState, now: Date): PlacementStarted[] {
  if (state.status !== 'none')
    throw new CoerciveMeasureError(
      'placement-already-started',
      `Placement ${command.placementId} is already recorded`,
      'placementId',
      said('coercive-measures.placement-already-started'),
    );
  const legalBasis = requireOneOf(LEGAL_BASIS_CODES, command.legalBasis, 'legalBasis');
  const category = requireOneOf(REASON_CATEGORIES, command.reason?.category, 'reason.category');
  const allowed: readonly string[] = LEGAL_BASES[legalBasis].reasons;
  if (!allowed.includes(category)) {
    throw new CoerciveMeasureError(
      'invalid-value',
      `reason.category ${category} is not a ground under ${LEGAL_BASES[legalBasis].paragraph} (allowed: ${allowed.join(', ')})`,
      'reason.category',
      said('coercive-measures.not-a-ground', { paragraph: LEGAL_BASES[legalBasis].paragraph }),
    );
  }
  const institution = requireInstitution(command.institution);
  // A placement rests on the law of the country the institution lies in.
  const wrongLaw = legalBasisProblem(legalBasis, findInstitution(institution)!.country);
  if (wrongLaw)
    throw new CoerciveMeasureError('invalid-value', wrongLaw, 'legalBasis', legalBasisWords(legalBasis, findInstitution(institution)!.country) ?? undefined);
  return [
    {
      type: 'coercive-measures.placement-started.v1',
      data: {
        placementId: command.placementId,
        measure: requireOneOf(MEASURES, command.measure, 'measure'),
        restrained: requireBoolean(command.restrained, 'restrained'),
        inmateRef: requireRef(command.inmateRef, 'inmateRef'),
        institution,
        startedAt: requireInstant(command.startedAt, now, 'startedAt'),
        legalBasis,
        legalParagraph: LEGAL_BASES[legalBasis].paragraph,
        reason: { category, text: requireText(command.reason?.text, 'reason.text', 2000) },
        alternatives: requireAlternatives(command.alternatives),
        decidedBy: requireRef(command.decidedBy, 'decidedBy'),
        authorisedBy: requireRef(command.authorisedBy, 'authorisedBy'),
      },
    },
  ];
}
