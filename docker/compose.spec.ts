import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

// No Docker engine runs where the tests run, so the topology is checked by its structure.
interface Service {
  build?: { context: string; dockerfile: string; target?: string };
  image?: string;
  command?: string[];
  healthcheck?: { test: string[] };
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
}

const compose = parse(readFileSync(join(__dirname, 'compose.yml'), 'utf8'), { merge: true }) as { services: Record<string, Service> };
const services = compose.services;
const dockerfile = readFileSync(join(__dirname, 'Dockerfile'), 'utf8');
const nginx = readFileSync(join(__dirname, 'lb/nginx.conf'), 'utf8');

/** The Dockerfile's stages, each with its lines, so per-app stages can be checked. */
const stages = new Map<string, string>();
for (const chunk of dockerfile.split(/^(?=FROM )/m).filter((c) => c.startsWith('FROM '))) {
  const name = /^FROM \S+ AS (\S+)/.exec(chunk)?.[1];
  if (name) stages.set(name, chunk);
}

describe('docker/compose.yml', () => {
  it('has every part of the production topology', () => {
    for (const name of ['postgres', 'redis', 'mail', 'api-1', 'api-2', 'forum-1', 'forum-2', 'worker', 'web', 'lb']) {
      expect(services).toHaveProperty(name);
    }
  });

  it('runs two API and two forum instances built from their own stages', () => {
    const targets = (prefix: string) => Object.entries(services).filter(([name]) => name.startsWith(prefix)).map(([, s]) => s.build?.target);
    expect(targets('api-')).toEqual(['api', 'api']);
    expect(targets('forum-')).toEqual(['forum', 'forum']);
  });

  it('gives every service a healthcheck', () => {
    const missing = Object.entries(services).filter(([, s]) => !s.healthcheck?.test?.length).map(([name]) => name);
    expect(missing).toEqual([]);
  });

  it('keeps Redis from evicting queued jobs', () => {
    expect(services.redis.command?.join(' ')).toMatch(/--maxmemory-policy noeviction/);
  });

  it('starts apps only once PostgreSQL and Redis are healthy', () => {
    for (const name of ['api-1', 'api-2', 'forum-1', 'forum-2', 'worker']) {
      expect(services[name].depends_on).toMatchObject({ postgres: { condition: 'service_healthy' }, redis: { condition: 'service_healthy' } });
    }
  });

  it('builds every app from a multi-stage Dockerfile with a final stage per app, run as non-root', () => {
    for (const service of Object.values(services).filter((s) => s.build)) {
      expect(existsSync(join(__dirname, '..', service.build!.dockerfile))).toBe(true);
      expect(stages.has(service.build!.target!)).toBe(true);
    }
    expect((dockerfile.match(/^FROM /gm) ?? []).length).toBeGreaterThanOrEqual(4);
    for (const app of ['api', 'forum', 'worker', 'web']) {
      expect(stages.get(app)).toMatch(/HEALTHCHECK/);
      expect(stages.get(app)).toMatch(/CMD \[/);
    }
    expect(stages.get('runtime')).toMatch(/^USER node$/m);
    expect(stages.get('web')).toMatch(/^USER node$/m);
  });
});

describe('docker/lb/nginx.conf', () => {
  it('spreads the API over both instances', () => {
    expect(nginx).toMatch(/upstream api \{[^}]*api-1:3000[^}]*api-2:3000/);
  });

  it('keeps socket.io sessions sticky and passes WebSocket upgrades', () => {
    expect(nginx).toMatch(/upstream forum \{\s*ip_hash;[^}]*forum-1:3001[^}]*forum-2:3001/);
    const socketBlock = /location \/socket\.io\/ \{([^}]*)\}/.exec(nginx)?.[1] ?? '';
    expect(socketBlock).toMatch(/proxy_set_header Upgrade \$http_upgrade/);
    expect(socketBlock).toMatch(/proxy_set_header Connection \$connection_upgrade/);
    expect(socketBlock).toMatch(/proxy_http_version 1\.1/);
  });
});
