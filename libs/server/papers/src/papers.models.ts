import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum PaperConfidentiality {
  /** Everyone who may read the agenda item (and, once published pages list papers, the public). */
  PUBLIC = 'PUBLIC',
  /** Everyone in the partnership who may read the agenda item. */
  PARTNERSHIP = 'PARTNERSHIP',
  /** The group's members and those who manage the item. */
  GROUP = 'GROUP',
  /** Named readers and those who manage the item, like a council's exempt item. */
  RESTRICTED = 'RESTRICTED',
}
registerEnumType(PaperConfidentiality, { name: 'PaperConfidentiality' });

export enum PaperScanStatus {
  /** Kept but quarantined: the virus scanner has not answered yet. Not served to anyone. */
  PENDING = 'PENDING',
  /** Scanned and clean, or stored with no scanner configured. */
  CLEAN = 'CLEAN',
}
registerEnumType(PaperScanStatus, { name: 'PaperScanStatus' });

@ObjectType('PaperVersion', { description: 'One upload of a paper; earlier versions are kept.' })
export class PaperVersionModel {
  @Field(() => Int) version!: number;
  @Field({ description: 'The name it was uploaded under.' }) filename!: string;
  @Field({ description: 'Decided from the bytes at upload, and served as such.' }) contentType!: string;
  @Field(() => Int, { description: 'In bytes.' }) size!: number;
  @Field(() => Int, { nullable: true, description: 'For PDFs.' }) pageCount!: number | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field({ description: 'Where to GET the bytes (same origin as the web client).' }) downloadUrl!: string;
  @Field(() => PaperScanStatus, { description: 'PENDING while the virus scanner has not answered: not downloadable yet.' }) scanStatus!: PaperScanStatus;
  paperId!: string;
  authorPersonId!: string | null;
}

@ObjectType('Paper', { description: 'A file on an agenda item or on minutes, typed from its bytes, versioned, with a confidentiality level.' })
export class PaperModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => PaperConfidentiality) confidentiality!: PaperConfidentiality;
  @Field({ description: 'Of the current version.' }) filename!: string;
  @Field() contentType!: string;
  @Field(() => Int) size!: number;
  @Field(() => Int, { nullable: true }) pageCount!: number | null;
  @Field(() => Int, { description: 'The current version’s number.' }) version!: number;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field({ description: 'The current version’s bytes.' }) downloadUrl!: string;
  @Field(() => PaperScanStatus, { description: 'Of the current version: PENDING while it is being checked for viruses.' }) scanStatus!: PaperScanStatus;
  @Field({ description: 'Added to an agenda item after the agenda was published: members who had the pack get a note.' }) supplement!: boolean;
  /** Exactly one of the two is set. */
  agendaItemId!: string | null;
  minutesId!: string | null;
  authorPersonId!: string | null;
  versionCreatedAt!: Date;
  versionAuthorPersonId!: string | null;
}

@ObjectType('PaperViewerCan', { description: 'What you may do with a paper, as the policy layer decides it; clients show only these actions.' })
export class PaperViewerCanModel {
  @Field({ description: 'Replace its file (a new version), change who may read it, delete it.' }) manage!: boolean;
}

@ObjectType('PaperUpload', { description: 'A ticket to PUT one file: single use, bound to you, the item and a size limit.' })
export class PaperUploadModel {
  @Field({ description: 'PUT the raw bytes here, with the file’s name in X-Filename.' }) uploadUrl!: string;
  @Field(() => GraphQLISODateTime) expiresAt!: Date;
  @Field(() => Int, { description: 'The largest body accepted, in bytes.' }) maxBytes!: number;
}
