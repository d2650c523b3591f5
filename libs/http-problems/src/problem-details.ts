/** RFC 9457 problem details, the one error shape every Vigil endpoint returns. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  /** Each offending field, by its path in the request, with what is wrong with it. */
  errors?: { field: string; message: string }[];
  [extension: string]: unknown;
}

export const PROBLEM_BASE = 'https://vigil.example/problems/';

export function problem(status: number, slug: string, title: string, detail: string, extra: Partial<ProblemDetails> = {}): ProblemDetails {
  return { type: `${PROBLEM_BASE}${slug}`, title, status, detail, ...extra };
}
