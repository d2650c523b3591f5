import { ParseUUIDPipe, PipeTransform } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { RequestValidationException } from '@vigil/http-problems';
import { IsInt, IsOptional, Min } from 'class-validator';
import type { Response } from 'express';
import { SLUG } from '../domain/crisis.vocabulary';
import { CommandOutcome } from './stream-executor';

export const uuidParam = (field: string) => new ParseUUIDPipe({ exceptionFactory: () => new RequestValidationException([{ field, message: `${field} must be a UUID` }]) });

/** Plan ids are slugs; anything else is a 400 naming the parameter. */
export const slugParam = (field: string): PipeTransform<string, string> => ({
  transform(value: string) {
    if (!SLUG.test(value)) throw new RequestValidationException([{ field, message: `${field} must be a slug such as riot-institution` }]);
    return value;
  },
});

/** Every change may name the revision the client saw (or send it as If-Match); a stale one gets 409. */
export class CrisisChangeCommandDto {
  @ApiPropertyOptional({ description: 'the revision you last read (the ETag); stale gives 409 with the current revision' })
  @IsOptional() @IsInt() @Min(0)
  expectedRevision?: number;
}

/** The response of a command: the new revision (also as ETag); activations say whether they are an exercise. */
export function answer<T extends object>(response: Response, outcome: CommandOutcome, extra: T) {
  response.setHeader('ETag', `"${outcome.revision}"`);
  const state = outcome.state as { exercise?: boolean };
  return { ...extra, ...(typeof state.exercise === 'boolean' ? { exercise: state.exercise } : {}), revision: outcome.revision, alreadyRecorded: outcome.alreadyRecorded };
}
