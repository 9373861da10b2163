import { Inject } from '@nestjs/common';
import { Int, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@convene/graphql-kit';
import { UPKEEP_OPTIONS, type UpkeepOptions } from '../upkeep.options';

/** How old "last checked" may get before a directory page warns that an entry may be out of date. */
@Resolver()
export class CheckFieldsResolver {
  constructor(@Inject(UPKEEP_OPTIONS) private readonly options: UpkeepOptions) {}

  @Public()
  @Query(() => Int, { description: 'Months after which a directory entry not checked counts as stale (its contact is asked once a year; pages warn).' })
  directoryCheckMonths(): number {
    return this.options.checkMonths;
  }
}
