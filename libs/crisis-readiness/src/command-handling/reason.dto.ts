import { ApiProperty } from '@nestjs/swagger';
import { CrisisChangeCommandDto, Text } from './dto-parts';

/** A change whose only content is why it is made. */
export class ReasonDto extends CrisisChangeCommandDto {
  @ApiProperty()
  @Text(2000)
  reason: string;
}
