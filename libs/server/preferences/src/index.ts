export * from './preferences.service';
export * from './preferences.module';
export { PreferencesResolver, EmailPreferencesModel } from './preferences.resolver';
export { page as emailLinkPage } from './preferences.html';
