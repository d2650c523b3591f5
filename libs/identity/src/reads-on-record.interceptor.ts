import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { AccessLog, readerContext, ReaderContext } from '@vigil/actors';
import type { Request } from 'express';
import { concatMap, from, Observable } from 'rxjs';
import { routeKey } from './auth.guard';
import { unitText } from './principal';
import { ROUTE_POLICIES, RoutePolicies } from './route-policy';

/**
 * Every signed-in read is on record. The handler runs with the reader's roles and unit at hand, so its own
 * access-log entry (naming the record and view) carries why-scope; a read whose handler wrote none gets one here,
 * naming the route and the path it was asked for.
 */
@Injectable()
export class ReadsOnRecordInterceptor implements NestInterceptor {
  constructor(
    private readonly accessLog: AccessLog,
    @Inject(ROUTE_POLICIES) private readonly policies: RoutePolicies,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    const principal = request.principal;
    if (!principal) return next.handle();
    const reader: ReaderContext = { staffRef: principal.staffRef, roles: principal.roles, unit: unitText(principal.unit), recorded: false };
    const key = routeKey(request);
    const isRead = request.method === 'GET' && this.policies[key]?.kind === 'roles';
    return new Observable((subscriber) =>
      readerContext.run(reader, () =>
        next
          .handle()
          .pipe(
            concatMap((answer) =>
              // A live view is on record once, when it opens; its messages are not reads of their own.
              isRead && !reader.recorded ? from(this.record(reader, request, key).then(() => answer)) : [answer],
            ),
          )
          .subscribe(subscriber),
      ),
    );
  }

  // Runs inside the handler's reader context (the subscription started there), so the entry carries roles and unit.
  private record(reader: ReaderContext, request: Request, key: string): Promise<void> {
    return this.accessLog.record(reader.staffRef, request.originalUrl.split('?')[0], `${key}${queryText(request)}`);
  }
}

const queryText = (request: Request) => {
  const query = request.originalUrl.split('?')[1];
  return query ? `?${query}` : '';
};
