import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsOptional, IsString, IsUUID } from 'class-validator';
import { OrganisationKind } from '@convene/identity';
import { SingleLine, Text } from '@convene/graphql-kit';

/** The directory's columns of an organisation, read by one loader for all its fields. */
export interface OrganisationProfile {
  id: string;
  otherNames: string[];
  description: string;
  charityNumber: string | null;
  companyNumber: string | null;
  odsCode: string | null;
  gssCode: string | null;
  parentId: string | null;
  areasServed: string[];
  lastCheckedAt: Date | null;
  lastCheckedByPersonId: string | null;
}

@ObjectType('OrganisationIdentifiers', { description: 'Register numbers: Charity Commission (or OSCR, CCNI), Companies House, NHS ODS, ONS GSS.' })
export class IdentifiersModel {
  @Field(() => String, { nullable: true }) charityNumber!: string | null;
  @Field(() => String, { nullable: true }) companyNumber!: string | null;
  @Field(() => String, { nullable: true }) odsCode!: string | null;
  @Field(() => String, { nullable: true }) gssCode!: string | null;
}

@InputType('DirectoryOrganisationInput', { description: 'An organisation’s directory entry; saving it counts as checking it.' })
export class DirectoryOrganisationInput {
  @Field() @Text({ max: 200 }) @SingleLine() name!: string;
  @Field(() => OrganisationKind) @IsEnum(OrganisationKind) kind!: OrganisationKind;
  @Field(() => [String], { defaultValue: [] }) @IsString({ each: true }) @ArrayMaxSize(10) otherNames!: string[];
  @Field({ defaultValue: '' }) @Text({ max: 4000, blank: true, keepSpaces: true }) description!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() charityNumber?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() companyNumber?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() odsCode?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() gssCode?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() website?: string | null;
  @Field(() => String, { nullable: true, description: 'A general enquiries address (public).' }) @IsOptional() @IsString() contactEmail?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() parentId?: string | null;
  @Field(() => [String], { defaultValue: [] }) @IsString({ each: true }) @ArrayMaxSize(30) areasServed!: string[];
  @Field(() => [String], { defaultValue: [], description: 'From the sector assessment’s themes (housing, health, esol, …) or your own.' }) @IsString({ each: true }) @ArrayMaxSize(20) themes!: string[];
}

@ObjectType('DirectorySearchResult', { description: 'One hit of the directory search: an organisation, a service or a person.' })
export class DirectorySearchResultModel {
  @Field() kind!: 'ORGANISATION' | 'SERVICE' | 'PERSON';
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field({ description: 'The organisation (for services and people) or the kind.' }) detail!: string;
}
