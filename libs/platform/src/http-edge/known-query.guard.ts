import { said } from '@vigil/event-sourcing';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { RequestValidationException, WORDS } from '@vigil/http-problems';
import type { Request } from 'express';

type RouteArgs = Record<string, { index: number; data?: unknown }>;

/**
 * A query parameter the endpoint does not read is a 400 naming it, never silently ignored (a filter
 * that is ignored answers with everything). Endpoints reading a whole query DTO are left to the
 * validation pipe, which already refuses unknown fields.
 */
@Injectable()
export class KnownQueryGuard implements CanActivate {
  private readonly allowed = new Map<string, Set<string> | null>();

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<Request>();
    const sent = Object.keys(request.query ?? {});
    if (!sent.length) return true;
    const allowed = this.allowedFor(context);
    const unknown = allowed ? sent.filter((name) => !allowed.has(name)) : [];
    if (unknown.length)
      throw new RequestValidationException(
        unknown.map((field) => ({ field, message: `${field} is not a parameter of this endpoint`, [WORDS]: said('validation.unknown-parameter') })),
      );
    return true;
  }

  /** The names of the handler's @Query('name') parameters, or null when it takes a whole query DTO. */
  private allowedFor(context: ExecutionContext): Set<string> | null {
    const key = `${context.getClass().name}.${context.getHandler().name}`;
    if (!this.allowed.has(key)) {
      const args: RouteArgs = Reflect.getMetadata(ROUTE_ARGS_METADATA, context.getClass(), context.getHandler().name) ?? {};
      const queries = Object.entries(args).filter(([type]) => type.split(':')[0] === String(RouteParamtypes.QUERY));
      const whole = queries.some(([, arg]) => arg.data === undefined);
      this.allowed.set(key, whole ? null : new Set(queries.map(([, arg]) => String(arg.data))));
    }
    return this.allowed.get(key)!;
  }
}
