import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Connection, SingleLine, Text } from '@convene/graphql-kit';
import { AccessMethod, ServiceLevel, ServiceStatus, ServiceType, ServiceVisibility, Weekday } from '../taxonomy';

@ObjectType('ServiceSlot', { description: 'One weekly day and time the service runs (London time), from its schedule.' })
export class ServiceSlotModel {
  @Field(() => Weekday) weekday!: Weekday;
  @Field({ description: '`HH:mm`' }) startsAt!: string;
  @Field({ description: '`HH:mm`; may be past midnight for a late session.' }) endsAt!: string;
}

@ObjectType('DirectoryLocation', { description: 'Where a partner works or runs services (Open Referral UK location).' })
export class LocationModel {
  @Field(() => ID) id!: string;
  organisationId!: string;
  @Field() name!: string;
  @Field() address1!: string;
  @Field() address2!: string;
  @Field() city!: string;
  @Field(() => String, { nullable: true }) postcode!: string | null;
  @Field() stepFree!: boolean;
  @Field() hearingLoop!: boolean;
  @Field() accessibleToilet!: boolean;
  @Field() accessibilityNotes!: string;
}

@ObjectType('DirectoryService', { description: 'A service a partner runs (Open Referral UK service). Signed out, only PUBLIC services are found.' })
export class ServiceModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) organisationId!: string;
  @Field({ description: 'The organisation that runs it; readable signed out.' }) organisationName!: string;
  @Field(() => ID, { nullable: true }) locationId!: string | null;
  partnershipId!: string;
  @Field() name!: string;
  @Field() description!: string;
  @Field(() => ServiceStatus) status!: ServiceStatus;
  @Field(() => ServiceVisibility) visibility!: ServiceVisibility;
  @Field(() => ServiceType) serviceType!: ServiceType;
  @Field(() => [ServiceLevel]) levels!: ServiceLevel[];
  @Field(() => Int, { nullable: true }) minAge!: number | null;
  @Field(() => Int, { nullable: true }) maxAge!: number | null;
  @Field({ description: 'Who the service is for, in words.' }) eligibility!: string;
  @Field({ description: 'Immigration status, e.g. "No recourse to public funds accepted".' }) immigrationNotes!: string;
  @Field(() => [String]) languages!: string[];
  @Field(() => [AccessMethod]) accessMethods!: AccessMethod[];
  @Field() free!: boolean;
  @Field({ description: 'What it costs, in words, when not free.' }) cost!: string;
  @Field(() => String, { nullable: true, description: 'RFC 5545 RRULE, e.g. FREQ=WEEKLY;BYDAY=TU.' }) schedule!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'The first session; its London time of day is every session’s.' }) scheduleStartsAt!: Date | null;
  @Field(() => Int) durationMinutes!: number;
  @Field(() => [String]) serviceAreas!: string[];
  @Field() childcare!: boolean;
  @Field(() => Int, { nullable: true, description: 'Places free now; null when not counted.' }) spacesAvailable!: number | null;
  @Field(() => String, { nullable: true }) url!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) lastCheckedAt!: Date | null;
  lastCheckedByPersonId!: string | null;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
}

export const ServiceConnection = Connection(ServiceModel, 'DirectoryServiceConnection');

@InputType('DirectoryServiceInput')
export class ServiceInput {
  @Field(() => ID, { nullable: true, description: 'Required when adding; a service cannot move to another organisation.' }) @IsOptional() @IsUUID() organisationId?: string | null;
  @Field(() => ID, { nullable: true, description: 'One of the organisation’s locations.' }) @IsOptional() @IsUUID() locationId?: string | null;
  @Field() @Text({ max: 200 }) @SingleLine() name!: string;
  @Field({ defaultValue: '' }) @Text({ max: 4000, blank: true, keepSpaces: true }) description!: string;
  @Field(() => ServiceStatus, { defaultValue: ServiceStatus.ACTIVE }) @IsEnum(ServiceStatus) status!: ServiceStatus;
  @Field(() => ServiceVisibility, { defaultValue: ServiceVisibility.PUBLIC }) @IsEnum(ServiceVisibility) visibility!: ServiceVisibility;
  @Field(() => ServiceType) @IsEnum(ServiceType) serviceType!: ServiceType;
  @Field(() => [ServiceLevel], { defaultValue: [] }) @IsEnum(ServiceLevel, { each: true }) @ArrayMaxSize(6) levels!: ServiceLevel[];
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(120) minAge?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(120) maxAge?: number | null;
  @Field({ defaultValue: '' }) @Text({ max: 1000, blank: true }) eligibility!: string;
  @Field({ defaultValue: '' }) @Text({ max: 500, blank: true, label: 'immigration status notes' }) immigrationNotes!: string;
  @Field(() => [String], { defaultValue: [] }) @IsString({ each: true }) @ArrayMaxSize(30) languages!: string[];
  @Field(() => [AccessMethod], { defaultValue: [] }) @IsEnum(AccessMethod, { each: true }) @ArrayMaxSize(3) accessMethods!: AccessMethod[];
  @Field({ defaultValue: true }) @IsBoolean() free!: boolean;
  @Field({ defaultValue: '' }) @Text({ max: 300, blank: true }) @SingleLine() cost!: string;
  @Field(() => String, { nullable: true, description: 'RRULE; with scheduleStartsAt.' }) @IsOptional() @IsString() @MaxLength(300) schedule?: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) @IsOptional() @Type(() => Date) @IsDate() scheduleStartsAt?: Date | null;
  @Field(() => Int, { defaultValue: 120 }) @IsInt() @Min(5) @Max(720) durationMinutes!: number;
  @Field(() => [String], { defaultValue: [] }) @IsString({ each: true }) @ArrayMaxSize(30) serviceAreas!: string[];
  @Field({ defaultValue: false }) @IsBoolean() childcare!: boolean;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(100_000) spacesAvailable?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() url?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() email?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() phone?: string | null;
}

@InputType('DirectoryLocationInput')
export class LocationInput {
  @Field(() => ID, { nullable: true, description: 'Required when adding.' }) @IsOptional() @IsUUID() organisationId?: string | null;
  @Field() @Text({ max: 200 }) @SingleLine() name!: string;
  @Field({ defaultValue: '' }) @Text({ max: 200, blank: true, label: 'first line of the address' }) @SingleLine() address1!: string;
  @Field({ defaultValue: '' }) @Text({ max: 200, blank: true, label: 'second line of the address' }) @SingleLine() address2!: string;
  @Field({ defaultValue: '' }) @Text({ max: 100, blank: true, label: 'town or city' }) @SingleLine() city!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() postcode?: string | null;
  @Field({ defaultValue: false }) @IsBoolean() stepFree!: boolean;
  @Field({ defaultValue: false }) @IsBoolean() hearingLoop!: boolean;
  @Field({ defaultValue: false }) @IsBoolean() accessibleToilet!: boolean;
  @Field({ defaultValue: '' }) @Text({ max: 1000, blank: true }) accessibilityNotes!: string;
}
