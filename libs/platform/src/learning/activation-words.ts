import { RecordedEvent } from '@vigil/event-store';
import { Translator } from '@vigil/i18n';
import { areaName, codeWords, detailOf, ENGLISH, institutionName, isRegion, RecordLine, sentence, words } from './record-words';

/** What a crisis activation records, as far as a timeline reads it (crisis readiness's `activation.events.ts`). */
interface ActivationData {
  plan?: { title: string; version: number };
  scope?: { kind: string; area: string | null; institution: string | null; unit: string | null };
  level?: string;
  exercise?: boolean;
  activatedAt?: string;
  reason?: string;
  role?: string;
  holder?: string;
  from?: string;
  to?: string;
  direction?: string;
  at?: string;
  note?: string | null;
  entryId?: string;
  decision?: string;
  rationale?: string;
  legalBasis?: string;
  alternativesConsidered?: string[];
  decidedBy?: string;
  decidedAt?: string;
  corrects?: string | null;
  correctionReason?: string | null;
  audience?: string;
  channel?: string;
  summary?: string;
  released?: boolean;
  communicatedBy?: string;
  communicatedAt?: string;
  referenceId?: string;
  points?: { kind: string }[];
  evaluatedAt?: string;
}

/** The area or region as the line says it: "område Syddanmark" (a region's name says "region" itself: "Region øst"). */
const areaText = (slug: string, t: Translator) => (isRegion(slug) ? areaName(slug) : t('timeline.scope-area', { area: areaName(slug) }));

/** Where an activation reaches, by the catalogue's names: "ved område Syddanmark, Renbæk Fængsel". */
const scopeText = (s: ActivationData['scope'], t: Translator) =>
  !s || s.kind === 'national'
    ? t('timeline.scope-national')
    : t('timeline.scope', {
        places: [s.area && areaText(s.area, t), s.institution && institutionName(s.institution), s.unit && words(s.unit)].filter(Boolean).join(', '),
      });

const correction = (d: ActivationData, t: Translator) =>
  d.corrects ? sentence(t('timeline.corrects', { entry: d.corrects }), d.correctionReason ?? t('timeline.no-reason')) : null;

/**
 * An activation's event as a timeline line in the reader's language (English by default): decisions with rationale and legal
 * basis, communications, levels, roles, the evaluation. Roles, levels, audiences, channels and places are said in words,
 * never as the codes the crisis log records.
 */
export function activationLine(event: RecordedEvent, t: Translator = ENGLISH): RecordLine | null {
  const d = event.data as ActivationData;
  const label = (name: string) => t(`timeline.label.${name}`);
  const role = () => codeWords(t, 'crisis-role', d.role);
  const level = (code: unknown) => codeWords(t, 'crisis-level', code);
  switch (event.type) {
    case 'crisis-readiness.activation-started.v1':
      return {
        what: t('timeline.activation-started', {
          exercise: d.exercise ? 'yes' : 'no',
          plan: `'${d.plan?.title}'`,
          version: d.plan?.version ?? '',
          level: level(d.level),
          scope: scopeText(d.scope, t),
        }),
        occurredAt: d.activatedAt,
        detail: detailOf(sentence(label('reason'), d.reason)),
      };
    case 'crisis-readiness.role-filled.v1':
      return {
        what: t('timeline.role-filled', { role: role(), holder: String(d.holder) }),
        occurredAt: d.at,
        detail: detailOf(sentence(label('note'), d.note)),
      };
    case 'crisis-readiness.role-handed-over.v1':
      return {
        what: t('timeline.role-handed-over', { role: role(), from: String(d.from), to: String(d.to) }),
        occurredAt: d.at,
        detail: detailOf(sentence(label('note'), d.note)),
      };
    case 'crisis-readiness.level-changed.v1':
      return {
        what: t('timeline.level-changed', { direction: String(d.direction), from: level(d.from), to: level(d.to) }),
        occurredAt: d.at,
        detail: detailOf(sentence(label('reason'), d.reason)),
      };
    case 'crisis-readiness.decision-logged.v1':
      return {
        what: t('timeline.decision', { corrected: d.corrects ? 'yes' : 'no', decision: String(d.decision) }),
        occurredAt: d.decidedAt,
        detail: detailOf(
          sentence(label('rationale'), d.rationale),
          sentence(label('legal-basis'), d.legalBasis),
          d.alternativesConsidered?.length ? sentence(label('alternatives'), d.alternativesConsidered.join('; ')) : null,
          sentence(label('decided-by'), d.decidedBy),
          correction(d, t),
        ),
      };
    case 'crisis-readiness.communication-logged.v1':
      return {
        what: t('timeline.communication', {
          audience: codeWords(t, 'audience', d.audience),
          channel: codeWords(t, 'channel', d.channel),
          released: d.released ? 'yes' : 'no',
          summary: String(d.summary),
        }),
        occurredAt: d.communicatedAt,
        detail: detailOf(sentence(label('communicated-by'), d.communicatedBy), correction(d, t)),
      };
    case 'crisis-readiness.activation-stood-down.v1':
      return { what: t('timeline.stood-down'), occurredAt: d.at, detail: detailOf(sentence(label('reason'), d.reason)) };
    case 'crisis-readiness.activation-reopened.v1':
      return { what: t('timeline.reopened'), occurredAt: d.at, detail: detailOf(sentence(label('reason'), d.reason)) };
    case 'crisis-readiness.evaluation-recorded.v1': {
      const worked = (d.points ?? []).filter((p) => p.kind === 'worked').length;
      const notWorked = (d.points ?? []).length - worked;
      return {
        what: t('timeline.evaluation', { ref: String(d.referenceId), worked, notWorked }),
        occurredAt: d.evaluatedAt,
        detail: detailOf(sentence(label('summary'), d.summary)),
      };
    }
    default:
      return null;
  }
}
