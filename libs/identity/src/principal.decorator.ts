import { said } from '@vigil/event-sourcing';
import { createParamDecorator, ExecutionContext, UnauthorizedException } from '@nestjs/common';
import { saidProblem } from '@vigil/http-problems';
import type { Request } from 'express';
import { Principal } from './principal';

/** The signed-in person the AuthGuard established; a route that reads it is never public. */
export const SignedIn = createParamDecorator((_: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<Request>().principal;
  if (!principal) throw new UnauthorizedException(saidProblem(401, 'sign-in-required', said('guard.sign-in'), 'This needs a signed-in person.'));
  return principal;
});
