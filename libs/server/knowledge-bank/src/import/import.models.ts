import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ResourceType } from '../bank.enums';

@ObjectType('ResourceImportProblem', { description: 'Why a row cannot be imported, naming its column.' })
export class ResourceImportProblemModel {
  @Field({ description: 'The column at fault (title, organisations, year, type, summary, link, themes), or "row".' }) field!: string;
  @Field() message!: string;
}

@ObjectType('ResourceImportRow', { description: 'One row of the file as it would be imported.' })
export class ResourceImportRowModel {
  @Field(() => Int, { description: 'The line in the file where the row starts (the header is line 1).' }) line!: number;
  @Field() title!: string;
  @Field(() => ResourceType, { nullable: true }) type!: ResourceType | null;
  @Field(() => Int, { nullable: true }) year!: number | null;
  @Field(() => [String], { description: 'Organisations matched by name to the partnership’s list.' }) organisations!: string[];
  @Field(() => [String], { description: 'Names not in the partnership’s list, kept as outside authors.' }) outsideAuthors!: string[];
  @Field(() => [String]) themes!: string[];
  @Field(() => String, { nullable: true }) link!: string | null;
  @Field(() => [ResourceImportProblemModel], { description: 'Empty when the row is ready to import.' }) problems!: ResourceImportProblemModel[];
}

@ObjectType('ResourceImportPreview', { description: 'What an import would do; nothing has been written.' })
export class ResourceImportPreviewModel {
  @Field(() => [String], { description: 'Problems with the file as a whole (then no rows are listed).' }) fileProblems!: string[];
  @Field(() => [ResourceImportRowModel]) rows!: ResourceImportRowModel[];
  @Field(() => Int) readyCount!: number;
  @Field(() => Int) problemCount!: number;
}

@ObjectType('ResourceImportResult', { description: 'An import that was written: every row, in one transaction.' })
export class ResourceImportResultModel {
  @Field(() => Int) imported!: number;
  @Field(() => [ID], { description: 'The new resources, in the order of the file.' }) resourceIds!: string[];
}
