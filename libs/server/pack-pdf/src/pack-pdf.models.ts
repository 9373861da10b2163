import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum PackPdfStatus {
  /** Built: `url` answers with the PDF. */
  READY = 'READY',
  /** Being built by the worker: `url` answers 202 until it is. */
  PREPARING = 'PREPARING',
}
registerEnumType(PackPdfStatus, { name: 'PackPdfStatus' });

@ObjectType('PackPdf', { description: 'A document as one PDF (the agenda pack with its papers, or approved minutes), for what you may read.' })
export class PackPdfModel {
  @Field(() => PackPdfStatus) status!: PackPdfStatus;
  @Field({ description: 'Where to GET it (same origin as the web client).' }) url!: string;
  @Field(() => Int, { nullable: true, description: 'Once READY.' }) pageCount!: number | null;
  @Field(() => Int, { nullable: true, description: 'In bytes, once READY.' }) size!: number | null;
}
