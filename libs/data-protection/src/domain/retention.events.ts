/** How long one type of record keeps its personal texts, counted from the event that ends its purpose. */
export interface RetentionRule {
  /** `incident`, `risk-case`, `placement`, `crisis-log`, `learning-review`, `action-card-run`. */
  recordType: string;
  /** What people call it. */
  label: string;
  /** The record's stream category (`incident` for `incident-<uuid>`). */
  category: string;
  /** The events that start the period (closure, end, stand-down, publication). */
  startsWith: string[];
  /** The events that stop it again (a reopening): the period starts over at the next start. */
  restartsWith: string[];
  /** An ISO 8601 period in years, months and days: `P5Y`, `P18M`, `P90D`. */
  period: string;
  /** Where the period comes from (the archive act, a decision of the records officer). */
  source: string;
}

/** A version of the retention rules, never changed once published; erasures name the version they were made under. */
export type RetentionRulesPublished = {
  type: 'data-protection.retention-rules-published.v1';
  data: { version: number; rules: RetentionRule[]; reason: string; publishedBy: string };
};

export type RetentionEvent = RetentionRulesPublished;

export interface RetentionRulesState {
  readonly version: number;
  readonly rules: readonly RetentionRule[];
}

export const noRetentionRules: RetentionRulesState = { version: 0, rules: [] };

export function evolveRetentionRules(state: RetentionRulesState, event: RetentionEvent): RetentionRulesState {
  return event.type === 'data-protection.retention-rules-published.v1' ? { version: event.data.version, rules: event.data.rules } : state;
}
