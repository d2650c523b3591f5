import { said } from '@vigil/event-sourcing';
import { ExecutionContext, HttpException, Injectable } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerLimitDetail } from '@nestjs/throttler';
import { saidProblem } from '@vigil/http-problems';
import type { Request } from 'express';

/**
 * Commands per person: a signed-in person may send only so many changes a minute (reads and live views are not
 * counted here; live views have their own cap). Runs after the AuthGuard, so the count is the person's, not an address's.
 */
@Injectable()
export class CommandRateGuard extends ThrottlerGuard {
  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    return request.method === 'GET' || !request.principal;
  }

  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    return (request as Partial<Request>).principal?.staffRef ?? 'anonymous';
  }

  protected override async throwThrottlingException(_context: ExecutionContext, limit: ThrottlerLimitDetail): Promise<void> {
    const seconds = Math.max(1, Math.ceil(limit.timeToBlockExpire || limit.timeToExpire));
    const detail = `You have sent ${limit.limit} changes within ${Math.round(limit.ttl / 1000)} seconds, the most one person may; try again in ${seconds} seconds.`;
    const words = said('guard.too-many-commands', { limit: limit.limit, within: Math.round(limit.ttl / 1000), seconds });
    throw new HttpException(saidProblem(429, 'too-many-commands', words, detail, { retryAfterSeconds: seconds }), 429);
  }
}
