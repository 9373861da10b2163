// `npm start`: the whole stack on one machine, on embedded defaults.
'use strict';
const path = require('node:path');
const readline = require('node:readline');
const { spawn } = require('node:child_process');
const { ROOT, ensureDatabase, ensurePostgres, ensureRedis } = require('./services');
const { build } = require('./build');
const { stackPorts, stackAddresses } = require('./ports');
const { build: buildWeb } = require('../../apps/web/build');
const { startMailCatcher } = require('../mail-catcher');
const DEMO_ACCOUNTS = require('../../prisma-seed/demo-accounts.json');

const say = (message) => process.stdout.write(`${message}\n`);
const LEVELS = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };
const children = [];
const cleanups = [];
let stopping = false;

/** Prints a child's pino JSON lines as `[app] LEVEL message`, keeping the last lines for errors. */
function follow(name, child) {
  child.tail = [];
  for (const stream of [child.stdout, child.stderr]) {
    readline.createInterface({ input: stream }).on('line', (line) => {
      child.tail.push(line);
      child.tail.splice(0, child.tail.length - 30);
      let text = line;
      try {
        const entry = JSON.parse(line);
        if (entry.msg === 'request' && entry.status < 400) return; // access log: too chatty for a terminal
        text = `${LEVELS[entry.level] ?? 'INFO'} ${entry.msg ?? ''}${entry.err ? ` — ${typeof entry.err === 'string' ? entry.err : entry.err.message ?? ''}` : ''}`;
      } catch {
        // not JSON: print as is
      }
      say(`[${name}] ${text}`);
    });
  }
}

function run(name, args, env) {
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.appName = name;
  follow(name, child);
  child.on('exit', (code, signal) => {
    if (stopping) return;
    say(`\n${name} stopped unexpectedly (${signal ?? `exit code ${code}`}). Its last lines:\n${child.tail.join('\n')}`);
    shutdown(1);
  });
  children.push(child);
  return child;
}

function runOnce(name, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${name} failed (exit code ${code})`))));
  });
}

async function waitFor(url, name, deadline) {
  while (Date.now() < deadline) {
    if (stopping) return;
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  const child = children.find((c) => c.appName === name);
  throw new Error(`${name} did not answer at ${url} in time.${child ? ` Its last lines:\n${child.tail.join('\n')}` : ''}`);
}

async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  say('\nStopping Convene…');
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
          child.once('exit', () => {
            clearTimeout(force);
            resolve();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  say('Stopped.');
  process.exit(code);
}

async function main() {
  process.on('SIGINT', () => shutdown(0));
  process.on('SIGTERM', () => shutdown(0));

  // Every port can be moved, so two stacks can run side by side.
  const ports = stackPorts();
  const addresses = stackAddresses(ports);
  const webUrl = addresses.PUBLIC_WEB_URL;

  const postgres = await ensurePostgres({ log: say });
  cleanups.push(() => postgres.stop());
  const databaseUrl = postgres.embedded ? await ensureDatabase(postgres.url, 'convene') : postgres.url;

  const redis = await ensureRedis({ log: say });
  cleanups.push(() => redis.stop());

  let smtpUrl = process.env.SMTP_URL;
  let mailUrl = null;
  if (!smtpUrl) {
    // Its reply form sends to the worker's inbound SMTP service, as a mail client's reply would.
    const catcher = await startMailCatcher({ smtpPort: ports.smtp, httpPort: ports.mail, inboundSmtpUrl: `smtp://127.0.0.1:${ports.inbound}` });
    cleanups.push(() => catcher.stop());
    smtpUrl = catcher.smtpUrl;
    mailUrl = catcher.httpUrl;
  }

  build();
  await buildWeb();
  const env = {
    ...process.env,
    NODE_ENV: process.env.NODE_ENV || 'development',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redis.url,
    SMTP_URL: smtpUrl,
    ...addresses,
  };
  await runOnce('migrate', ['dist/libs/server/data-source/src/migrate.main.js'], env);
  await runOnce('seed', ['dist/prisma-seed/seed.main.js'], env);

  run('api', ['dist/apps/api/src/main.js'], env);
  run('forum', ['dist/apps/forum/src/main.js'], env);
  run('worker', ['dist/apps/worker/src/main.js'], env);
  run('web', [path.join('apps/web/server.js')], env);

  const deadline = Date.now() + 120_000;
  await Promise.all([
    waitFor(`http://127.0.0.1:${ports.api}/health`, 'api', deadline),
    waitFor(`http://127.0.0.1:${ports.forum}/health`, 'forum', deadline),
    waitFor(`http://127.0.0.1:${ports.web}/`, 'web', deadline),
  ]);
  if (stopping) return;

  const width = Math.max(...DEMO_ACCOUNTS.map((a) => a.email.length));
  say(`
Convene is running.

  Web client        ${webUrl}
  GraphQL API       http://localhost:${ports.api}/graphql
  Forum service     http://localhost:${ports.forum}
  Job queues        ${webUrl}/admin/queues (admins)
  Mail catcher      ${mailUrl ?? `(SMTP_URL is set: ${smtpUrl.replace(/\/\/[^@]*@/, '//…@')})`}
  Email replies     smtp://localhost:${ports.inbound} (reply+…@${addresses.INBOUND_DOMAIN}; the catcher's Reply form sends there)

Demo sign-ins:
${DEMO_ACCOUNTS.map((a) => `  ${a.role.padEnd(12)} ${a.email.padEnd(width)}  ${a.password}`).join('\n')}

Press Ctrl-C to stop everything.
`);
}

main().catch((error) => {
  say(`\n${error.message}`);
  shutdown(1);
});
