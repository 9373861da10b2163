import { Module, type DynamicModule } from '@nestjs/common';
import { PreferencesController } from './preferences.controller';
import { PreferencesResolver } from './preferences.resolver';
import { PreferencesService } from './preferences.service';

/** Email preferences: GraphQL for signed-in people, token pages for the links in emails. */
@Module({})
export class PreferencesModule {
  static forRoot(): DynamicModule {
    return { module: PreferencesModule, controllers: [PreferencesController], providers: [PreferencesService, PreferencesResolver], exports: [PreferencesService] };
  }
}
