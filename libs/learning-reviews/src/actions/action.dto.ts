import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ChangeCommandDto } from '@vigil/http-commands';
import { IsIn, IsObject, IsOptional, IsString, Length, Matches } from 'class-validator';
import { ACTION_STATUSES, ActionIntervention, RESPONSES } from '../domain/review.vocabulary';

export class AddActionDto extends ChangeCommandDto {
  @ApiProperty({ example: 'Train the wing in conflict-reducing communication' })
  @IsString()
  @Length(3, 1000)
  recommendation!: string;

  @ApiProperty({
    description: 'from the catalogue: { interventionId }; a new one: { proposed: { title, category, horizon, toCatalogue } }',
    example: { interventionId: 'conflict-communication-training' },
  })
  @IsObject()
  intervention!: ActionIntervention;

  @ApiProperty({ example: 'institution-manager' })
  @Matches(/^[a-z0-9][a-z0-9-]{1,59}$/, { message: 'ownerRole must be a role such as institution-manager' })
  ownerRole!: string;

  @ApiProperty({ example: 'institution:nyborg' })
  @Matches(/^(national|(area|institution):[a-z0-9-]{2,60})$/, { message: 'unit must be national, area:<area> or institution:<institution>' })
  unit!: string;

  @ApiProperty({ example: '2027-03-01' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dueOn must be a day such as 2027-03-01' })
  dueOn!: string;
}

export class ActionStatusDto extends ChangeCommandDto {
  @ApiProperty({ enum: ACTION_STATUSES })
  @IsIn(ACTION_STATUSES)
  status!: string;

  @ApiPropertyOptional({ description: 'required when dropped' })
  @IsOptional()
  @IsString()
  @Length(3, 1000)
  reason?: string;
}

export class AnswerDto extends ChangeCommandDto {
  @ApiProperty({ enum: RESPONSES, description: 'implemented, partly, under way, rejected (with a reason)' })
  @IsIn(RESPONSES)
  response!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(3, 1000)
  reason?: string;
}
