import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsISO8601, Matches, Min, ValidateIf } from 'class-validator';
import { CODE, ID } from './contract-fields';
import { CrisisReadinessContractName } from './crisis-readiness-contracts';

const nullable = () => ValidateIf((_, value) => value !== null);

export class ActivationStartedSchema {
  @Matches(ID) activationId!: string;
  @Matches(ID) planId!: string;
  @IsInt() @Min(1) planVersion!: number;
  @IsArray() @ArrayMaxSize(100) @Matches(ID, { each: true }) actionCardTemplateIds!: string[];
  @Matches(CODE) scopeKind!: string;
  @nullable() @Matches(CODE) area!: string | null;
  @nullable() @Matches(CODE) institutionId!: string | null;
  @nullable() @Matches(CODE) unitId!: string | null;
  @Matches(CODE) level!: string;
  @IsBoolean() exercise!: boolean;
  @IsISO8601({ strict: true }) activatedAt!: string;
}

/** Version 1 schema of every crisis-readiness contract. */
export const CRISIS_READINESS_SCHEMAS: Record<CrisisReadinessContractName, new () => object> = {
  'crisis-readiness.activation-started': ActivationStartedSchema,
};
