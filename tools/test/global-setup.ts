// jest's global setup: the test databases' template, the web client built once for the browser
// tests (which load it as users get it), and the Chromium they drive, unpacked once before the
// workers start (they inherit CHROMIUM_PATH).
import databasesSetup from '../../libs/server/testing/src/global-setup';

export default async function globalSetup(): Promise<void> {
  await databasesSetup();
  await (require('../../apps/web/build.js') as { build(): Promise<void> }).build();
  process.env.CHROMIUM_PATH = await (require('./chromium.js') as { chromiumPath(): Promise<string> }).chromiumPath();
}
