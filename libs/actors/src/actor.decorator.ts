import { createParamDecorator, ExecutionContext, UnauthorizedException } from '@nestjs/common';
import { problem } from '@vigil/http-problems';
import type { Request } from 'express';
import { isStaffRef } from './staff-ref';

export const ACTOR_HEADER = 'x-vigil-actor';

/**
 * The acting staff member's pseudonymous reference, from the `X-Vigil-Actor` header that the
 * gateway sets after authentication. Requests without a valid one are refused.
 */
export const Actor = createParamDecorator((_: unknown, context: ExecutionContext): string => {
  const request = context.switchToHttp().getRequest<Request>();
  const actor = request.header(ACTOR_HEADER);
  if (!isStaffRef(actor)) {
    throw new UnauthorizedException(
      problem(
        401,
        'actor-required',
        'Who is acting is unknown',
        `Header X-Vigil-Actor must carry a pseudonymous staff reference such as ST-7K3Q9P${actor ? `, not "${actor}"` : ''}`,
        {
          errors: [{ field: 'X-Vigil-Actor', message: 'must match ^[A-Z]{2,4}-[0-9A-Z]{4,12}$' }],
        },
      ),
    );
  }
  return actor;
});
