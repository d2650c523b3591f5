import { ApiProperty } from '@nestjs/swagger';
import { ROLES } from '@vigil/identity';

/** GET /auth/me. */
export class SignedInPersonDto {
  @ApiProperty({ example: 'ST-DEMO01', description: 'pseudonymous staff reference, never a name' }) staffRef: string;
  @ApiProperty({ enum: ROLES, isArray: true, example: ['coordinator'] }) roles: string[];
  @ApiProperty({ example: 'area:syddanmark', description: 'national, area:<area> or institution:<institution>' }) unit: string;
  @ApiProperty({ type: [String], example: ['Coordinator'], description: 'the roles in plain English' }) roleNames: string[];
  @ApiProperty({ example: 'Syddanmark', description: 'the unit as people name it' }) unitName: string;
}
