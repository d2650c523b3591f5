import { ParseUUIDPipe } from '@nestjs/common';
import { RequestValidationException } from '@vigil/http-problems';

/** Path ids must be UUIDs; anything else is a 400 naming `id`. */
export const caseIdPipe = new ParseUUIDPipe({ exceptionFactory: () => new RequestValidationException([{ field: 'id', message: 'id must be a UUID' }]) });
