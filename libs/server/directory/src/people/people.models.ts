import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID, Matches } from 'class-validator';
import { SingleLine, Text } from '@convene/graphql-kit';
import { Seat } from '../taxonomy';

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DAY_MESSAGE = 'Give the date as YYYY-MM-DD.';

@ObjectType('Affiliation', { description: 'A span of a person’s time with an organisation; the open one (no `endsOn`) is their current organisation.' })
export class AffiliationModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) personId!: string;
  @Field(() => ID) organisationId!: string;
  @Field() organisationName!: string;
  @Field() personName!: string;
  @Field() title!: string;
  @Field({ description: 'YYYY-MM-DD.' }) startsOn!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null while current.' }) endsOn!: string | null;
}

@InputType('PastAffiliationInput', { description: 'A past span with an organisation, for the history; the current one is the person’s organisation.' })
export class PastAffiliationInput {
  @Field(() => ID) @IsUUID() personId!: string;
  @Field(() => ID) @IsUUID() organisationId!: string;
  @Field({ defaultValue: '' }) @Text({ max: 200, blank: true, label: 'job title' }) @SingleLine() title!: string;
  @Field() @Matches(DAY, { message: DAY_MESSAGE }) startsOn!: string;
  @Field() @Matches(DAY, { message: DAY_MESSAGE }) endsOn!: string;
}

@ObjectType('Representation', { description: 'A group member sitting for an organisation in a sector seat, with a deputy, from and to dates.' })
export class RepresentationModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) groupId!: string;
  @Field() groupName!: string;
  @Field(() => ID) personId!: string;
  @Field() personName!: string;
  @Field(() => ID) organisationId!: string;
  @Field() organisationName!: string;
  @Field(() => Seat) seat!: Seat;
  @Field(() => ID, { nullable: true }) deputyPersonId!: string | null;
  @Field(() => String, { nullable: true }) deputyName!: string | null;
  @Field({ description: 'YYYY-MM-DD.' }) startsOn!: string;
  @Field(() => String, { nullable: true }) endsOn!: string | null;
}

@InputType('RepresentationInput')
export class RepresentationInput {
  @Field(() => ID) @IsUUID() groupId!: string;
  @Field(() => ID, { description: 'A member of the group.' }) @IsUUID() personId!: string;
  @Field(() => ID) @IsUUID() organisationId!: string;
  @Field(() => Seat) @IsEnum(Seat) seat!: Seat;
  @Field(() => ID, { nullable: true, description: 'Another member of the group, who stands in.' }) @IsOptional() @IsUUID() deputyPersonId?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; today when left out.' }) @IsOptional() @Matches(DAY, { message: DAY_MESSAGE }) startsOn?: string | null;
}
