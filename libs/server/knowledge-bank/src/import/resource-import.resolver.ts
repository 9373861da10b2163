import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import type { Actor } from '@convene/access';
import { CurrentActor, SignedIn } from '@convene/graphql-kit';
import { ResourceVisibility } from '../bank.enums';
import { ResourceImportPreviewModel, ResourceImportResultModel } from './import.models';
import { IMPORT_MAX_ROWS } from './import-rows';
import { ResourceImportService } from './resource-import.service';

const CSV_DOC = `The file's text: a header line naming title, organisations, year, type, summary, link, themes (any order), then up to ${IMPORT_MAX_ROWS} rows; organisations and themes separated by semicolons.`;

@SignedIn()
@Resolver()
export class ResourceImportResolver {
  constructor(private readonly imports: ResourceImportService) {}

  @Mutation(() => ResourceImportPreviewModel, { description: 'Checks a CSV file of resources row by row and says what an import would do; writes nothing (coordinators and contributors).' })
  previewResourceImport(
    @Args('csv', { description: CSV_DOC }) csv: string,
    @Args('visibility', { type: () => ResourceVisibility }) visibility: ResourceVisibility,
    @Args('groupId', { type: () => ID, nullable: true }) groupId: string | null,
    @CurrentActor() actor: Actor,
  ): Promise<ResourceImportPreviewModel> {
    return this.imports.preview(actor, { csv, visibility, groupId: groupId ?? null });
  }

  @Mutation(() => ResourceImportResultModel, { description: 'Imports every row of a CSV file in one transaction; refused (and nothing written) while any row has a problem.' })
  importResources(
    @Args('csv', { description: CSV_DOC }) csv: string,
    @Args('visibility', { type: () => ResourceVisibility }) visibility: ResourceVisibility,
    @Args('groupId', { type: () => ID, nullable: true }) groupId: string | null,
    @CurrentActor() actor: Actor,
  ): Promise<ResourceImportResultModel> {
    return this.imports.apply(actor, { csv, visibility, groupId: groupId ?? null });
  }
}
