import { said } from '@vigil/event-sourcing';
import { createParamDecorator, ExecutionContext, UnauthorizedException } from '@nestjs/common';
import { saidProblem } from '@vigil/http-problems';

/**
 * The acting staff member's pseudonymous reference, from the signed-in person the AuthGuard
 * established (the identity provider's token); never from anything the client asserts itself.
 */
export const Actor = createParamDecorator((_: unknown, context: ExecutionContext): string => {
  const request = context.switchToHttp().getRequest<{ principal?: { staffRef: string } }>();
  if (!request.principal) throw new UnauthorizedException(saidProblem(401, 'sign-in-required', said('guard.sign-in'), 'Sign in to act or read here.'));
  return request.principal.staffRef;
});
