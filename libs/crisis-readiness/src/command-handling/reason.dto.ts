import { ApiProperty } from '@nestjs/swagger';
import { Text } from './dto-parts';
import { ChangeCommandDto } from './http-parts';

/** A change whose only content is why it is made. */
export class ReasonDto extends ChangeCommandDto {
  @ApiProperty() @Text(2000)
  reason: string;
}
