import { Injectable, type PipeTransform } from '@nestjs/common';
import { assertUuid } from '@convene/database';

/** `@Args('id', UuidPipe)`: malformed ids get BAD_USER_INPUT before any query runs. */
@Injectable()
export class UuidPipe implements PipeTransform<unknown, string> {
  transform(value: unknown): string {
    assertUuid(value);
    return value;
  }
}
