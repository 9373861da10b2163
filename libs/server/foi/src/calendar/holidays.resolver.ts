import { Args, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { ArrayMaxSize, IsInt, Max, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { AccessService, Capability, type Actor } from '@convene/access';
import { CurrentActor, SignedIn, SingleLine, Text } from '@convene/graphql-kit';
import { HolidayCalendarService } from './holiday-calendar.service';

@ObjectType('FoiBankHoliday')
export class FoiBankHolidayModel {
  @Field({ description: 'YYYY-MM-DD' }) day!: string;
  @Field() name!: string;
}

@ObjectType('FoiHolidayYear', { description: 'England and Wales bank holidays for one year: BUNDLED with Convene, or ADDED by the partnership (replacing a bundled year).' })
export class FoiHolidayYearModel {
  @Field(() => Int) year!: number;
  @Field() source!: 'BUNDLED' | 'ADDED';
  @Field(() => [FoiBankHolidayModel]) holidays!: FoiBankHolidayModel[];
}

@InputType('FoiBankHolidayInput')
export class FoiBankHolidayInput {
  @Field({ description: 'YYYY-MM-DD' }) @Text({ max: 10, label: 'date' }) day!: string;
  @Field() @Text({ max: 100 }) @SingleLine() name!: string;
}

@InputType('FoiHolidayYearInput')
export class FoiHolidayYearInput {
  @Field(() => Int) @IsInt() @Min(2000) @Max(2100) year!: number;
  @Field(() => [FoiBankHolidayInput]) @ValidateNested({ each: true }) @Type(() => FoiBankHolidayInput) @ArrayMaxSize(20) holidays!: FoiBankHolidayInput[];
}

/** The bank holidays FOI clocks skip; coordinators and admins add years the bundled table lacks. */
@SignedIn()
@Resolver(() => FoiHolidayYearModel)
export class HolidaysResolver {
  constructor(
    private readonly holidays: HolidayCalendarService,
    private readonly access: AccessService,
  ) {}

  @Query(() => [FoiHolidayYearModel], { description: 'Coordinators and admins: every year the clocks know, oldest first.' })
  foiHolidayYears(@CurrentActor() actor: Actor): Promise<FoiHolidayYearModel[]> {
    this.access.assertCan(actor, Capability.foiHolidaysManage);
    return this.holidays.years(actor.partnershipId);
  }

  @Mutation(() => FoiHolidayYearModel, { description: 'Coordinators and admins: adds a year, or replaces one whole (a one-off bank holiday announced later).' })
  setFoiHolidayYear(@Args('input') input: FoiHolidayYearInput, @CurrentActor() actor: Actor): Promise<FoiHolidayYearModel> {
    return this.holidays.setYear(actor, input.year, input.holidays);
  }

  @Mutation(() => Boolean, { description: 'Coordinators and admins: drops an added year (a bundled year falls back to the table).' })
  removeFoiHolidayYear(@Args('year', { type: () => Int }) year: number, @CurrentActor() actor: Actor): Promise<boolean> {
    return this.holidays.removeYear(actor, year);
  }
}
