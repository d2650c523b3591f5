import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request, Response } from 'express';
import { readerOf } from './localize-problem';

/**
 * The reader's language as a translator, from `Accept-Language` (English when none of ours is asked for); the answer
 * carries `Content-Language` and `Vary: Accept-Language`.
 */
export const Reader = createParamDecorator((_: unknown, context: ExecutionContext) => {
  const http = context.switchToHttp();
  return readerOf(http.getRequest<Request>(), http.getResponse<Response>());
});
