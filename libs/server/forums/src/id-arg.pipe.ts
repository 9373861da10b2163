import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { assertUuid } from '@convene/database';

/**
 * `@Args('forumId', IdArgPipe)`: like UuidPipe, but a malformed id is reported against the
 * argument's own name (`extensions.field: "forumId"`), so a client knows which one to fix.
 */
@Injectable()
export class IdArgPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    assertUuid(value, typeof metadata.data === 'string' ? metadata.data : 'id');
    return value;
  }
}
