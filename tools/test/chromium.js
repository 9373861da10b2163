// Which Chromium the browser tests drive: CHROMIUM_PATH if set, else Debian's /usr/bin/chromium,
// else the build that `npm ci` installs with @sparticuz/chromium (unpacked on first use), so the
// tests need nothing installed by hand.
'use strict';
const fs = require('node:fs');

async function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (fs.existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const packaged = require('@sparticuz/chromium');
  return (packaged.default ?? packaged).executablePath();
}

module.exports = { chromiumPath };
