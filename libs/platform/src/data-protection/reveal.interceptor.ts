import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { DATA_PROTECTION, DataProtectionRuntime } from '@vigil/data-protection';
import type { Request } from 'express';
import { concatMap, from, Observable } from 'rxjs';

/**
 * The one place personal texts are opened: every answer's sealed texts, for the signed-in reader, after the access
 * log has the read. Erased records read "[erased]"; restricted ones "[restricted]" to everyone but auditors.
 */
@Injectable()
export class RevealInterceptor implements NestInterceptor {
  constructor(@Inject(DATA_PROTECTION) private readonly protection: DataProtectionRuntime) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const principal = context.switchToHttp().getRequest<Request>().principal;
    const mayReadRestricted = principal?.roles.includes('auditor') ?? false;
    return next.handle().pipe(concatMap((answer) => from(this.protection.revealer.reveal(answer, { mayReadRestricted }))));
  }
}
