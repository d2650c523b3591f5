import { ApiProperty } from '@nestjs/swagger';
import { Text } from './dto-parts';
import { CrisisChangeCommandDto } from './http-parts';

/** A change whose only content is why it is made. */
export class ReasonDto extends CrisisChangeCommandDto {
  @ApiProperty() @Text(2000)
  reason: string;
}
