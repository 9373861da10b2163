import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsUUID } from 'class-validator';
import { SingleLine, Text } from '@convene/graphql-kit';

@ObjectType('FoiRecipientListVersion', { description: 'The authorities of one version of a recipient list; a campaign keeps the version it was sent to.' })
export class FoiRecipientListVersionModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) listId!: string;
  @Field() listName!: string;
  @Field(() => Int) version!: number;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  organisationIds!: string[];
}

@ObjectType('FoiRecipientList', { description: 'A reusable, versioned list of authorities from the directory ("all West Midlands local authorities"). Coordinators only.' })
export class FoiRecipientListModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => Int) currentVersion!: number;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
}

@InputType('FoiRecipientListInput')
export class FoiRecipientListInput {
  @Field() @Text({ max: 200, label: 'list name' }) @SingleLine() name!: string;
  @Field(() => [ID], { description: 'Organisations from the directory; up to 500.' }) @IsUUID('all', { each: true }) @ArrayMaxSize(500) organisationIds!: string[];
}
