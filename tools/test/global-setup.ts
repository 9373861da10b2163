// jest's global setup: the test databases' template, and the web client built once for the
// browser tests, which load it as users get it.
import databasesSetup from '../../libs/server/testing/src/global-setup';

export default async function globalSetup(): Promise<void> {
  await databasesSetup();
  await (require('../../apps/web/build.js') as { build(): Promise<void> }).build();
}
