import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { DATA_PROTECTION, DataProtectionRuntime } from '@vigil/data-protection';
import type { Request } from 'express';
import { concatMap, from, Observable } from 'rxjs';

/** Auditors read restricted records (a decision is pending); nobody else does. */
export const revealOptionsFor = (principal: { roles: readonly string[] } | undefined) => ({ mayReadRestricted: principal?.roles.includes('auditor') ?? false });

/**
 * The one place personal texts are opened: every answer's sealed texts, for the signed-in reader, after the access
 * log has the read. Erased records read "[erased]"; restricted ones "[restricted]" to everyone but auditors.
 */
@Injectable()
export class RevealInterceptor implements NestInterceptor {
  constructor(@Inject(DATA_PROTECTION) private readonly protection: DataProtectionRuntime) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const options = revealOptionsFor(context.switchToHttp().getRequest<Request>().principal);
    return next.handle().pipe(concatMap((answer) => from(this.protection.revealer.reveal(answer, options))));
  }
}
