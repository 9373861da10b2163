export * from './preferences.service';
export * from './preferences.module';
export { PreferencesResolver, EmailPreferencesModel } from './preferences.resolver';
