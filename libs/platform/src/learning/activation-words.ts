import { RecordedEvent } from '@vigil/event-store';
import { detailOf, RecordLine, sentence, words } from './record-words';

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

const scopeText = (s: ActivationData['scope']) =>
  !s || s.kind === 'national' ? 'nationally' : `at ${[s.area && `area ${s.area}`, s.institution, s.unit].filter(Boolean).join(', ')}`;

const correction = (d: ActivationData) => (d.corrects ? sentence(`Corrects entry ${d.corrects}`, d.correctionReason ?? 'no reason given') : null);

/** An activation's event as a timeline line: decisions with rationale and legal basis, communications, levels, roles, the evaluation. */
export function activationLine(event: RecordedEvent): RecordLine | null {
  const d = event.data as ActivationData;
  switch (event.type) {
    case 'crisis-readiness.activation-started.v1':
      return {
        what: `${d.exercise ? 'Exercise' : 'Crisis'} activation of plan '${d.plan?.title}' (version ${d.plan?.version}) at ${d.level} level ${scopeText(d.scope)}`,
        occurredAt: d.activatedAt,
        detail: detailOf(sentence('Reason', d.reason)),
      };
    case 'crisis-readiness.role-filled.v1':
      return { what: `Role ${words(d.role)} filled by ${d.holder}`, occurredAt: d.at, detail: detailOf(sentence('Note', d.note)) };
    case 'crisis-readiness.role-handed-over.v1':
      return { what: `Role ${words(d.role)} handed over from ${d.from} to ${d.to}`, occurredAt: d.at, detail: detailOf(sentence('Note', d.note)) };
    case 'crisis-readiness.level-changed.v1':
      return { what: `Level ${d.direction} from ${d.from} to ${d.to}`, occurredAt: d.at, detail: detailOf(sentence('Reason', d.reason)) };
    case 'crisis-readiness.decision-logged.v1':
      return {
        what: `${d.corrects ? 'Decision corrected' : 'Decision logged'}: ${d.decision}`,
        occurredAt: d.decidedAt,
        detail: detailOf(
          sentence('Rationale', d.rationale),
          sentence('Legal basis', d.legalBasis),
          d.alternativesConsidered?.length ? sentence('Alternatives weighed', d.alternativesConsidered.join('; ')) : null,
          sentence('Decided by', d.decidedBy),
          correction(d),
        ),
      };
    case 'crisis-readiness.communication-logged.v1':
      return {
        what: `Communication to ${words(d.audience)} by ${words(d.channel)}${d.released ? ' (released outside)' : ''}: ${d.summary}`,
        occurredAt: d.communicatedAt,
        detail: detailOf(sentence('Communicated by', d.communicatedBy), correction(d)),
      };
    case 'crisis-readiness.activation-stood-down.v1':
      return { what: 'Stood down', occurredAt: d.at, detail: detailOf(sentence('Reason', d.reason)) };
    case 'crisis-readiness.activation-reopened.v1':
      return { what: 'Reopened', occurredAt: d.at, detail: detailOf(sentence('Reason', d.reason)) };
    case 'crisis-readiness.evaluation-recorded.v1': {
      const worked = (d.points ?? []).filter((p) => p.kind === 'worked').length;
      const notWorked = (d.points ?? []).length - worked;
      return {
        what: `Evaluation recorded (reference ${d.referenceId}): ${worked} point(s) worked, ${notWorked} did not`,
        occurredAt: d.evaluatedAt,
        detail: detailOf(sentence('Summary', d.summary)),
      };
    }
    default:
      return null;
  }
}
