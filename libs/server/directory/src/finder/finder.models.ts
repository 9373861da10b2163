import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageArgs, SingleLine } from '@convene/graphql-kit';
import { ServiceLevel, ServiceType, Weekday } from '../taxonomy';

@InputType('ServiceFinderFilter', { description: 'Every filter given must hold. Times are London wall-clock `HH:mm`.' })
export class FinderFilter {
  @Field(() => ServiceType, { nullable: true }) @IsOptional() @IsEnum(ServiceType) serviceType?: ServiceType | null;
  @Field(() => String, { nullable: true, description: 'A service area, e.g. Lambeth.' }) @IsOptional() @IsString() @MaxLength(100) @SingleLine() area?: string | null;
  @Field(() => String, { nullable: true, description: 'A language the service is offered in, e.g. Arabic.' }) @IsOptional() @IsString() @MaxLength(100) @SingleLine() language?: string | null;
  @Field(() => ServiceLevel, { nullable: true }) @IsOptional() @IsEnum(ServiceLevel) level?: ServiceLevel | null;
  @Field(() => Weekday, { nullable: true }) @IsOptional() @IsEnum(Weekday) weekday?: Weekday | null;
  @Field(() => String, { nullable: true, description: 'Sessions starting at or after, `HH:mm`.' }) @IsOptional() @IsString() @MaxLength(5) startsFrom?: string | null;
  @Field(() => String, { nullable: true, description: 'Sessions ending by, `HH:mm`.' }) @IsOptional() @IsString() @MaxLength(5) endsBy?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only services with childcare (true).' }) @IsOptional() @IsBoolean() childcare?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Only services with places free now (true).' }) @IsOptional() @IsBoolean() spacesAvailable?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Words in the service’s or organisation’s name or the description.' }) @IsOptional() @IsString() @MaxLength(100) @SingleLine() text?: string | null;
}

@ArgsType()
export class FinderArgs extends PageArgs {
  @Field(() => FinderFilter, { defaultValue: {} }) filter!: FinderFilter;

  @Field(() => String, { nullable: true, description: 'The partnership’s slug: needed signed out; signed in, your own partnership is searched.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  partnership?: string | null;
}
