import {
  ContractViolation,
  IncidentContracts,
  IncidentCountingChangedV1,
  IncidentFactsCorrectedV2,
  IncidentReclassifiedV1,
  IncidentReportedV2,
  IntegrationMessage,
  InvolvedCounts,
} from '@vigil/integration-contracts';

/** What statistics know of one incident at one time: codes, dates and how many of whom were targets. */
export interface IncidentFact {
  readonly kind: string;
  readonly target: string;
  readonly perpetrator: string;
  readonly locationType: string;
  readonly area: string;
  readonly institutionId: string | null;
  readonly occurredAt: string;
  /** counted, or the marking that keeps it out: duplicate, not-reportable, exercise. */
  readonly status: string;
  readonly exposed: { readonly staff: number; readonly inmate: number; readonly client: number; readonly other: number };
}

/** Why a fact changed, in the words of the revision report. */
export type FactCause = 'reported' | 'imported' | 'reclassified' | 'facts-corrected' | 'marked-duplicate' | 'marked-not-reportable' | 'reopened';

export interface FactChange {
  readonly fact: IncidentFact;
  readonly cause: FactCause;
  /** The facts that differ from the version before, for the revision report. */
  readonly changed: readonly string[];
}

export function exposedOf(involved: InvolvedCounts | undefined): IncidentFact['exposed'] {
  const targets = involved?.target ?? {};
  return { staff: targets.staff ?? 0, inmate: targets.inmate ?? 0, client: targets.client ?? 0, other: targets.other ?? 0 };
}

/** The first fact of an incident, from its report (version 1 lacks where and who: read as institution by its id, nobody listed). */
export function reportedFact(payload: IncidentReportedV2): IncidentFact {
  return {
    kind: payload.kind,
    target: payload.target,
    perpetrator: payload.perpetrator,
    locationType: payload.locationType ?? (payload.institutionId === null ? 'off-duty' : 'institution'),
    area: payload.area,
    institutionId: payload.institutionId,
    occurredAt: new Date(payload.occurredAt).toISOString(),
    status: 'counted',
    exposed: exposedOf(payload.involved),
  };
}

/** The fact after a later contract, or null when nothing statistics count by changed (closing, severity only). */
export function nextFact(current: IncidentFact, message: IntegrationMessage): FactChange | null {
  const contract = message.contract as keyof IncidentContracts;
  switch (contract) {
    case 'incidents.incident-reclassified': {
      const p = message.payload as IncidentReclassifiedV1;
      return change(current, { kind: p.kind, target: p.target }, 'reclassified');
    }
    case 'incidents.incident-facts-corrected': {
      const p = message.payload as IncidentFactsCorrectedV2;
      const corrected: Partial<IncidentFact> = {
        ...(p.occurredAt !== undefined && { occurredAt: new Date(p.occurredAt).toISOString() }),
        ...(p.area !== undefined && { area: p.area }),
        ...(p.institutionId !== undefined && { institutionId: p.institutionId }),
        ...(p.locationType !== undefined && { locationType: p.locationType }),
        ...(p.locationType === undefined && p.institutionId !== undefined && { locationType: p.institutionId === null ? 'off-duty' : 'institution' }),
        ...(p.perpetrator !== undefined && { perpetrator: p.perpetrator }),
        ...(p.involved !== undefined && { exposed: exposedOf(p.involved) }),
      };
      if (Object.keys(p).length <= 1) throw new ContractViolation('incidents.incident-facts-corrected names no changed fact');
      return change(current, corrected, 'facts-corrected');
    }
    case 'incidents.incident-counting-changed': {
      const p = message.payload as IncidentCountingChangedV1;
      const status = p.counted ? 'counted' : p.because;
      const cause: FactCause = p.because === 'duplicate' ? 'marked-duplicate' : p.because === 'not-reportable' ? 'marked-not-reportable' : 'reopened';
      return change(current, { status }, cause);
    }
    case 'incidents.incident-closed':
      return null;
    default:
      throw new ContractViolation(`statistics do not read ${message.contract} as a change`);
  }
}

function change(current: IncidentFact, update: Partial<IncidentFact>, cause: FactCause): FactChange | null {
  const fact = { ...current, ...update };
  const changed = (Object.keys(fact) as (keyof IncidentFact)[]).filter((key) => JSON.stringify(fact[key]) !== JSON.stringify(current[key]));
  return changed.length === 0 ? null : { fact, cause, changed };
}
