import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

// No Docker engine runs where the tests run, so the production topology is checked by its
// structure: compose.yml, the Dockerfile stages it builds, and the load balancer's routes.

interface Service {
  image?: string;
  build?: { context: string; dockerfile: string; target?: string };
  command?: string[];
  restart?: string;
  healthcheck?: { test?: string[]; disable?: boolean };
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  volumes?: string[];
}

const ROOT = join(__dirname, '..');
const read = (path: string) => readFileSync(join(__dirname, path), 'utf8');

const services = (parse(read('compose.yml'), { merge: true }) as { services: Record<string, Service> }).services;
const ONE_SHOT = ['migrate', 'seed'];
const longRunning = Object.keys(services).filter((name) => !ONE_SHOT.includes(name));
/** The compose services built from one Dockerfile target: an app's instances. */
const instancesOf = (target: string) => Object.keys(services).filter((name) => services[name].build?.target === target);
const BACKENDS = ['api', 'forum', 'worker'].flatMap(instancesOf);

// ---- Dockerfiles: stages, and what an image built for a target inherits from its parent stages

interface Stage {
  name: string;
  from: string;
  instructions: { keyword: string; args: string }[];
}

function stagesOf(dockerfile: string): Stage[] {
  const stages: Stage[] = [];
  const text = readFileSync(dockerfile, 'utf8').replace(/\\\n/g, ' ');
  for (const line of text.split('\n').map((l) => l.trim())) {
    if (!line || line.startsWith('#')) continue;
    const [keyword, ...rest] = line.split(/\s+/);
    const args = rest.join(' ');
    if (keyword.toUpperCase() === 'FROM') {
      const [from, , name] = rest;
      stages.push({ name: name ?? String(stages.length), from, instructions: [] });
    } else {
      stages.at(-1)?.instructions.push({ keyword: keyword.toUpperCase(), args });
    }
  }
  return stages;
}

/** The stages an image built for `target` is made of: the target, its parent stage, and so on. */
function lineage(stages: Stage[], target: string): Stage[] {
  const index = stages.findIndex((s) => s.name === target);
  // A stage can only build FROM an earlier one; anything else is an image from a registry.
  return index < 0 ? [] : [...lineage(stages.slice(0, index), stages[index].from), stages[index]];
}

/** Every value an instruction takes in the image built for `target`, in order. */
const all = (stages: Stage[], target: string, keyword: string) =>
  lineage(stages, target).flatMap((s) => s.instructions.filter((i) => i.keyword === keyword).map((i) => i.args));
/** The value in force: a later instruction (or a child stage's) overrides an earlier one. */
const effective = (stages: Stage[], target: string, keyword: string) => all(stages, target, keyword).at(-1);

const builds = Object.entries(services)
  .filter(([, s]) => s.build)
  .map(([name, s]) => {
    const dockerfile = resolve(__dirname, s.build!.context, s.build!.dockerfile);
    return { name, target: s.build!.target ?? '', dockerfile, stages: existsSync(dockerfile) ? stagesOf(dockerfile) : [] };
  });
const buildOf = (service: string) => builds.find((b) => b.name === service)!;

// ---- the load balancer

const nginx = read('lb/nginx.conf').replace(/#.*$/gm, '');
const upstreams = new Map(
  [...nginx.matchAll(/upstream\s+(\S+)\s*\{([^}]*)\}/g)].map(([, name, body]) => [
    name,
    { servers: [...body.matchAll(/^\s*server\s+([^\s;]+)/gm)].map((m) => m[1]), body },
  ]),
);
const locations = new Map([...nginx.matchAll(/location\s+(?:[=~^*]+\s+)?(\S+)\s*\{([^}]*)\}/g)].map(([, path, body]) => [path, body]));
const proxiedTo = (path: string) => /proxy_pass\s+http:\/\/([\w-]+)/.exec(locations.get(path) ?? '')?.[1];

describe('docker/compose.yml', () => {
  it('has every part of the production topology', () => {
    const required = ['postgres', 'redis', 'mail', 'migrate', 'worker', 'web', 'lb'];
    expect(required.filter((name) => !services[name])).toEqual([]);
    expect(instancesOf('worker')).toHaveLength(1);
    expect(instancesOf('web')).toHaveLength(1);
  });

  it('runs two instances each of the API and the forum service', () => {
    expect(instancesOf('api')).toHaveLength(2);
    expect(instancesOf('forum')).toHaveLength(2);
  });

  it('migrates once, in a one-shot service, before any app starts', () => {
    expect(services.migrate.command?.join(' ')).toMatch(/migrate\.main\.js/);
    expect(services.migrate.depends_on).toMatchObject({ postgres: { condition: 'service_healthy' } });
    expect(ONE_SHOT.filter((name) => services[name] && services[name].restart !== 'no')).toEqual([]);
    const ready = { postgres: 'service_healthy', redis: 'service_healthy', migrate: 'service_completed_successfully' };
    const startsEarly = BACKENDS.flatMap((name) =>
      Object.entries(ready)
        .filter(([dependency, condition]) => services[name].depends_on?.[dependency]?.condition !== condition)
        .map(([dependency]) => `${name} before ${dependency}`),
    );
    expect(BACKENDS.length).toBeGreaterThanOrEqual(5);
    expect(startsEarly).toEqual([]);
  });

  it('gives every long-running service a healthcheck, in compose or in its image, and a restart policy', () => {
    const checked = (name: string) => {
      const check = services[name].healthcheck;
      if (check) return !check.disable && Boolean(check.test?.length) && check.test?.[0] !== 'NONE';
      const build = builds.find((b) => b.name === name);
      const image = build && effective(build.stages, build.target, 'HEALTHCHECK');
      return Boolean(image && image !== 'NONE');
    };
    expect(longRunning.filter((name) => !checked(name))).toEqual([]);
    expect(longRunning.filter((name) => !['always', 'unless-stopped', 'on-failure'].includes(services[name].restart ?? ''))).toEqual([]);
  });

  it('puts the load balancer in front only once every API and forum instance is healthy', () => {
    const waitsFor = Object.entries(services.lb.depends_on ?? {}).filter(([, d]) => d.condition === 'service_healthy').map(([name]) => name);
    expect(waitsFor).toEqual(expect.arrayContaining([...instancesOf('api'), ...instancesOf('forum')]));
  });

  it('runs Redis with noeviction (BullMQ) and without persistence', () => {
    const command = services.redis.command ?? [];
    const option = (flag: string) => command[command.indexOf(flag) + 1];
    expect(command).toContain('--maxmemory-policy');
    expect(option('--maxmemory-policy')).toBe('noeviction');
    expect(option('--appendonly')).toBe('no');
    expect(command).toContain('--save');
    expect(option('--save')).toBe('');
  });

  it('takes the database password from the environment, with a demo default', () => {
    expect(services.postgres.environment?.POSTGRES_PASSWORD).toMatch(/^\$\{POSTGRES_PASSWORD(:-[^}]*)?\}$/);
    const urls = Object.entries(services).flatMap(([name, s]) => (s.environment?.DATABASE_URL ? [[name, s.environment.DATABASE_URL]] : []));
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter(([, url]) => !url.includes('${POSTGRES_PASSWORD'))).toEqual([]);
  });
});

describe('the Dockerfiles compose builds', () => {
  it('exist, are multi-stage and have the target each service asks for', () => {
    expect(builds.length).toBeGreaterThan(0);
    expect(builds.filter((b) => !existsSync(b.dockerfile)).map((b) => b.name)).toEqual([]);
    expect(builds.filter((b) => b.stages.length < 2).map((b) => b.name)).toEqual([]);
    expect(builds.filter((b) => !b.stages.some((s) => s.name === b.target)).map((b) => b.name)).toEqual([]);
  });

  it('run every image as a non-root user', () => {
    const asRoot = builds.filter((b) => /^(root|0)?(:|$)/.test(effective(b.stages, b.target, 'USER') ?? ''));
    expect(asRoot.map((b) => b.name)).toEqual([]);
  });

  it('ship production dependencies only, with NODE_ENV=production', () => {
    const devDependenciesKept = builds.filter((b) => !/npm (ci|prune|install)\b.*--omit=dev/.test(readFileSync(b.dockerfile, 'utf8')));
    expect(devDependenciesKept.map((b) => b.name)).toEqual([]);
    const notProduction = builds.filter((b) => !all(b.stages, b.target, 'ENV').some((env) => /\bNODE_ENV=production\b/.test(env)));
    expect(notProduction.map((b) => b.name)).toEqual([]);
  });

  it('start and healthcheck each app from files the build produces', () => {
    // dist/<path>.js is compiled from <path>.ts; any other script is copied as it is.
    const source = (file: string) => (file.startsWith('dist/') ? file.replace(/^dist\/(.*)\.js$/, '$1.ts') : file);
    const missing = builds.flatMap(({ name, target, stages }) => {
      const command = services[name].command?.join(' ') ?? effective(stages, target, 'CMD') ?? '';
      const healthcheck = effective(stages, target, 'HEALTHCHECK') ?? '';
      const scripts = [...`${command} ${healthcheck}`.matchAll(/[\w-]+(?:\/[\w.-]+)+\.js(?=["'\s]|$)/g)].map((m) => m[0]);
      if (!scripts.length) return [`${name}: no script to run`];
      return scripts.filter((file) => !existsSync(join(ROOT, source(file)))).map((file) => `${name}: ${file}`);
    });
    expect(missing).toEqual([]);
  });
});

describe('docker/lb/nginx.conf', () => {
  it('is the file the load balancer mounts', () => {
    expect(services.lb.volumes).toContain('./lb/nginx.conf:/etc/nginx/nginx.conf:ro');
  });

  it('reaches every instance of each app on the port its image exposes', () => {
    for (const [upstream, app] of [['api', 'api'], ['forum', 'forum'], ['web', 'web']]) {
      const servers = upstreams.get(upstream)?.servers ?? [];
      expect([upstream, servers.map((s) => s.split(':')[0]).sort()]).toEqual([upstream, instancesOf(app).sort()]);
      const wrongPort = servers.filter((server) => {
        const [host, port] = server.split(':');
        const { target, stages } = buildOf(host);
        return !all(stages, target, 'EXPOSE').some((exposed) => exposed.split(/\s+/).includes(port));
      });
      expect(wrongPort).toEqual([]);
    }
  });

  it('sends /graphql and /health to the API instances round robin, and / to the web client', () => {
    expect(proxiedTo('/graphql')).toBe('api');
    expect(proxiedTo('/health')).toBe('api');
    expect(upstreams.get('api')?.body).not.toMatch(/\b(ip_hash|hash|sticky)\b/);
    expect(proxiedTo('/')).toBe('web');
  });

  it('sends email links and the job queues to the API, and meeting pages to the web client but their .ics to the API', () => {
    expect(proxiedTo('/email/')).toBe('api');
    expect(proxiedTo('/admin/queues')).toBe('api');
    expect(locations.has('/meetings/')).toBe(false);
    const ics = [...locations.keys()].find((path) => path.includes('meetings'));
    expect(new RegExp(ics!).test('/meetings/4b1c3e0a-1d2f-4c5b-9a8e-7f6d5c4b3a21.ics')).toBe(true);
    expect(new RegExp(ics!).test('/meetings/4b1c3e0a-1d2f-4c5b-9a8e-7f6d5c4b3a21')).toBe(false);
    expect(proxiedTo(ics!)).toBe('api');
  });

  it('keeps each socket.io client on one forum instance and passes WebSocket upgrades', () => {
    expect(proxiedTo('/socket.io/')).toBe('forum');
    expect(upstreams.get('forum')?.body).toMatch(/^\s*(ip_hash|hash\s+\S+(\s+consistent)?|sticky\s+.+);/m);
    const socketIo = locations.get('/socket.io/') ?? '';
    expect(socketIo).toMatch(/proxy_http_version\s+1\.1;/);
    expect(socketIo).toMatch(/proxy_set_header\s+Upgrade\s+\$http_upgrade;/);
    expect(socketIo).toMatch(/proxy_set_header\s+Connection\s+(\$connection_upgrade|"?upgrade"?);/);
  });
});
