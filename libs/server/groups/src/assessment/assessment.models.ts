import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { Text } from '@convene/graphql-kit';
import { AssessmentEntryStatus, AssessmentKind, Direction, Rating } from '../enums';

@ObjectType('AssessmentEntry', { description: 'One line of a meeting’s sector activity assessment.' })
export class AssessmentEntryModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'housing, health, education, employment, esol, destitution, hate crime, immigration status, cohesion, or a custom theme.' }) theme!: string;
  @Field(() => AssessmentKind) kind!: AssessmentKind;
  @Field(() => Rating) rating!: Rating;
  @Field(() => Direction) direction!: Direction;
  @Field() summary!: string;
  @Field() evidence!: string;
  @Field() source!: string;
  @Field(() => AssessmentEntryStatus) status!: AssessmentEntryStatus;
  @Field({ description: 'Carried forward from the previous meeting.' }) carriedForward!: boolean;
  meetingId!: string;
  contributedByPersonId!: string | null;
}

@ObjectType('AssessmentCell')
export class AssessmentCellModel {
  @Field(() => ID) meetingId!: string;
  @Field(() => GraphQLISODateTime) startsAt!: Date;
  @Field(() => Rating, { nullable: true, description: 'The worst included rating for the theme at that meeting; null when not assessed.' }) rating!: Rating | null;
  @Field(() => Direction, { nullable: true }) direction!: Direction | null;
}

@ObjectType('AssessmentThemeRow', { description: 'One theme across the last meetings: the grid the web client draws.' })
export class AssessmentThemeRowModel {
  @Field() theme!: string;
  @Field(() => [AssessmentCellModel]) cells!: AssessmentCellModel[];
}

@InputType()
export class AssessmentEntryInput {
  @Field() @Text({ min: 2, max: 60 }) theme!: string;
  @Field(() => AssessmentKind) @IsEnum(AssessmentKind) kind!: AssessmentKind;
  @Field(() => Rating) @IsEnum(Rating) rating!: Rating;
  @Field(() => Direction) @IsEnum(Direction) direction!: Direction;
  @Field() @Text({ max: 1000 }) summary!: string;
  @Field(() => String, { nullable: true }) @Text({ max: 10_000, optional: true, blank: true, keepSpaces: true }) evidence?: string | null;
  @Field(() => String, { nullable: true }) @Text({ max: 500, optional: true, blank: true }) source?: string | null;
}

@InputType()
export class AssessmentCurationInput {
  @Field(() => AssessmentEntryStatus, { nullable: true }) @IsOptional() @IsEnum(AssessmentEntryStatus) status?: AssessmentEntryStatus | null;
  @Field(() => Rating, { nullable: true }) @IsOptional() @IsEnum(Rating) rating?: Rating | null;
  @Field(() => Direction, { nullable: true }) @IsOptional() @IsEnum(Direction) direction?: Direction | null;
  @Field(() => String, { nullable: true }) @Text({ max: 1000, optional: true }) summary?: string | null;
  @Field(() => String, { nullable: true }) @Text({ max: 10_000, optional: true, blank: true, keepSpaces: true }) evidence?: string | null;
}
