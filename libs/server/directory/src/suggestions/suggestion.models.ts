import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { Text } from '@convene/graphql-kit';
import { SuggestionStatus } from '../taxonomy';

@ObjectType('DirectorySuggestion', { description: 'A member’s suggested change to an organisation or service, for coordinators to review and apply.' })
export class SuggestionModel {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true }) organisationId!: string | null;
  @Field(() => ID, { nullable: true }) serviceId!: string | null;
  @Field({ description: 'The organisation or service’s name.' }) subjectName!: string;
  @Field() body!: string;
  @Field(() => SuggestionStatus) status!: SuggestionStatus;
  @Field(() => String, { nullable: true }) suggestedByName!: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) resolvedAt!: Date | null;
}

@InputType('DirectorySuggestionInput')
export class SuggestionInput {
  @Field(() => ID, { nullable: true, description: 'The organisation, or…' }) @IsOptional() @IsUUID() organisationId?: string | null;
  @Field(() => ID, { nullable: true, description: '…the service (exactly one).' }) @IsOptional() @IsUUID() serviceId?: string | null;
  @Field({ description: 'What is wrong or missing, in your words.' }) @Text({ max: 4000, label: 'suggested change', keepSpaces: true }) body!: string;
}
