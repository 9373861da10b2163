import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { assertUuid } from '@convene/database';

/** `@Args('id', UuidPipe)`: malformed ids get BAD_USER_INPUT, naming the argument, before any query runs. */
@Injectable()
export class UuidPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata?: ArgumentMetadata): string {
    assertUuid(value, metadata?.data ?? 'id');
    return value;
  }
}
