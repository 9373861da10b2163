import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { PolicyArea, ResourceSort, ResourceType, ResourceVisibility } from '../bank.enums';

@ObjectType('ResourceOrganisation', { description: 'An author organisation of a resource: one of the partnership’s organisations.' })
export class ResourceOrganisationModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('Resource', { description: 'A knowledge bank resource: a report, briefing, toolkit… with an uploaded file and/or an external link.' })
export class ResourceModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field({ description: 'Plain language, up to 600 characters.' }) summary!: string;
  @Field(() => ResourceType) type!: ResourceType;
  @Field(() => Int) year!: number;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, within `year`.' }) publishedOn!: string | null;
  @Field(() => [String], { description: 'The sector assessment’s standard themes.' }) themes!: string[];
  @Field(() => [PolicyArea]) policyAreas!: PolicyArea[];
  @Field({ description: 'A region or local authority; empty when not set.' }) geography!: string;
  @Field({ description: 'ISO 639 code, e.g. en, cy, ar.' }) language!: string;
  @Field() licence!: string;
  @Field(() => String, { nullable: true }) externalUrl!: string | null;
  @Field(() => Boolean, { description: 'The weekly link check could not open `externalUrl` (the page and cards say “this link may be broken”).' }) linkMayBeBroken!: boolean;
  @Field(() => [ResourceOrganisationModel]) organisations!: ResourceOrganisationModel[];
  @Field(() => [String], { description: 'Authors outside the partnership’s organisations, as text.' }) outsideAuthors!: string[];
  @Field(() => ID, { nullable: true }) supersededById!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' }) reviewOn!: string | null;
  @Field(() => ResourceVisibility) visibility!: ResourceVisibility;
  @Field(() => ID, { nullable: true, description: 'The group, for GROUP visibility.' }) groupId!: string | null;
  @Field(() => String, { nullable: true }) fileName!: string | null;
  @Field(() => String, { nullable: true }) fileContentType!: string | null;
  @Field(() => Int, { nullable: true }) fileSize!: number | null;
  @Field(() => Int, { nullable: true }) filePages!: number | null;
  @Field(() => Boolean) hasThumbnail!: boolean;
  @Field(() => Int, { description: 'Each save adds a version; all are kept.' }) version!: number;
  @Field(() => Int, { description: 'Times the file was opened in the browser (nobody’s identity is kept).' }) views!: number;
  @Field(() => Int, { description: 'Times the file was downloaded.' }) downloads!: number;
  @Field({ description: 'The resource page (server-rendered, same origin as the web client).' }) pageUrl!: string;
  @Field(() => Boolean, { description: 'Whether you may edit it.' }) canManage!: boolean;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  partnershipId!: string;
  partnershipSlug!: string;
}

@ObjectType('ResourceFacetCount', { description: 'One value of a facet and how many resources you may see have it, given the other facets.' })
export class FacetCountModel {
  @Field() value!: string;
  @Field() label!: string;
  @Field(() => Int) count!: number;
  @Field({ description: 'Whether the value is in the current search.' }) selected!: boolean;
}

@ObjectType('ResourceFacets')
export class ResourceFacetsModel {
  @Field(() => [FacetCountModel]) types!: FacetCountModel[];
  @Field(() => [FacetCountModel]) themes!: FacetCountModel[];
  @Field(() => [FacetCountModel]) policyAreas!: FacetCountModel[];
  @Field(() => [FacetCountModel]) organisations!: FacetCountModel[];
  @Field(() => [FacetCountModel]) languages!: FacetCountModel[];
  @Field(() => [FacetCountModel], { description: 'Per year, newest first, ignoring the year range (the strip by year).' }) years!: FacetCountModel[];
}

@ObjectType('ResourceSearchResult')
export class ResourceSearchResultModel {
  @Field(() => Int, { description: 'Resources matching every facet and the text; agrees with the facet counts.' }) total!: number;
  @Field(() => Int) page!: number;
  @Field(() => Int) pageSize!: number;
  @Field(() => [ResourceModel]) items!: ResourceModel[];
  @Field(() => ResourceFacetsModel) facets!: ResourceFacetsModel;
  @Field(() => String, { nullable: true, description: 'With no hits: the query with each word replaced by the closest word in resources you may see.' }) suggestion!: string | null;
  @Field({ description: 'Whether you may add resources (coordinators and contributors).' }) viewerCanAdd!: boolean;
  @Field({ description: 'The public finder page of this bank (server-rendered, works without JavaScript).' }) finderUrl!: string;
}

@InputType()
export class ResourceSearchInput {
  @Field(() => String, { nullable: true, description: 'Words, "phrases", -excluded, or: as in web search; up to 200 characters.' }) text?: string | null;
  @Field(() => [ResourceType], { nullable: true }) types?: ResourceType[] | null;
  @Field(() => [String], { nullable: true }) themes?: string[] | null;
  @Field(() => [PolicyArea], { nullable: true }) policyAreas?: PolicyArea[] | null;
  @Field(() => [ID], { nullable: true }) organisationIds?: string[] | null;
  @Field(() => [String], { nullable: true }) languages?: string[] | null;
  @Field(() => Int, { nullable: true }) yearFrom?: number | null;
  @Field(() => Int, { nullable: true }) yearTo?: number | null;
  @Field(() => ResourceSort, { nullable: true, description: 'Default: RELEVANCE with text, else NEWEST.' }) sort?: ResourceSort | null;
  @Field(() => Int, { nullable: true, description: 'From 1.' }) page?: number | null;
  @Field(() => Int, { nullable: true, description: '1 to 100, default 24.' }) pageSize?: number | null;
}

@InputType()
export class ResourceInput {
  @Field() title!: string;
  @Field() summary!: string;
  @Field(() => ResourceType) type!: ResourceType;
  @Field(() => Int) year!: number;
  @Field(() => String, { nullable: true }) publishedOn?: string | null;
  @Field(() => [String], { nullable: true }) themes?: string[] | null;
  @Field(() => [PolicyArea], { nullable: true }) policyAreas?: PolicyArea[] | null;
  @Field(() => String, { nullable: true }) geography?: string | null;
  @Field(() => String, { nullable: true }) language?: string | null;
  @Field(() => String, { nullable: true }) licence?: string | null;
  @Field(() => String, { nullable: true }) externalUrl?: string | null;
  @Field(() => [ID], { nullable: true }) organisationIds?: string[] | null;
  @Field(() => [String], { nullable: true }) outsideAuthors?: string[] | null;
  @Field(() => ID, { nullable: true }) supersededById?: string | null;
  @Field(() => String, { nullable: true }) reviewOn?: string | null;
  @Field(() => ResourceVisibility) visibility!: ResourceVisibility;
  @Field(() => ID, { nullable: true }) groupId?: string | null;
}

@ObjectType('ResourceUpload', { description: 'A ticket to PUT one file onto a resource: single use, bound to you and the resource.' })
export class ResourceUploadModel {
  @Field({ description: 'PUT the raw bytes here, with the file’s name in X-Filename.' }) uploadUrl!: string;
  @Field(() => GraphQLISODateTime) expiresAt!: Date;
  @Field(() => Int) maxBytes!: number;
}

@ObjectType('ResourceContributor', { description: 'Someone a coordinator has allowed to add and edit bank resources.' })
export class ResourceContributorModel {
  @Field(() => ID) personId!: string;
  @Field() name!: string;
  @Field(() => GraphQLISODateTime) grantedAt!: Date;
}

@ObjectType('ResourceVersion', { description: 'One saved state of a resource.' })
export class ResourceVersionModel {
  @Field(() => Int) version!: number;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => String, { nullable: true }) byName!: string | null;
  @Field({ description: 'The fields as saved, as JSON.' }) snapshot!: string;
}

export { ResourceSort };
