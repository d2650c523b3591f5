import { ValidateIf } from 'class-validator';

/** May be left out, but not sent as null: unlike @IsOptional, a null is checked (and refused) by the rules after it. */
export const IsOmittable = () => ValidateIf((_object: object, value: unknown) => value !== undefined);
