import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('BankSavedSearch', { description: 'A search you asked to be emailed about: new resources that match it come in a weekly email.' })
export class BankSavedSearchModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'The search in words, e.g. “housing” · Report · 2020 to 2024.' }) label!: string;
  @Field({ description: 'The finder with this search (same origin as the web client).' }) finderUrl!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}
