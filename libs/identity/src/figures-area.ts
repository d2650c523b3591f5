import { ForbiddenException } from '@nestjs/common';
import { said } from '@vigil/event-sourcing';
import { saidProblem } from '@vigil/http-problems';
import { areaOf, Principal, seesEveryUnit } from './principal';

/**
 * The area whose figures a reader gets: the one asked for, or, outside national scope, their own (null when their
 * institution's area is unknown, so nothing matches); undefined means every area. Another area's figures are refused.
 */
export function figuresArea(reader: Principal, asked: string | undefined): string | null | undefined {
  if (seesEveryUnit(reader)) return asked;
  const own = areaOf(reader.unit) ?? null;
  if (asked !== undefined && asked !== own) {
    const detail = `Your unit's figures are those of ${own ?? 'no area'}; ${asked}'s are not yours to read.`;
    throw new ForbiddenException(saidProblem(403, 'out-of-scope', said('guard.out-of-scope', { own: own ?? 'none', asked }), detail));
  }
  return own;
}
