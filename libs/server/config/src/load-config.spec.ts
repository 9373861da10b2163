import { ConfigError, loadConfig } from './load-config';
import { apiConfigSchema, baseSchema, workerConfigSchema } from './schemas';

const valid = { DATABASE_URL: 'postgres://u@localhost:5432/db', REDIS_URL: 'redis://localhost:6379' };

describe('loadConfig', () => {
  it('applies defaults and coerces numbers', () => {
    const config = loadConfig(apiConfigSchema, valid);
    expect(config.API_PORT).toBe(3000);
    expect(config.PUBLIC_WEB_URL).toBe('http://localhost:4200');
    expect(loadConfig(apiConfigSchema, { ...valid, API_PORT: '8080' }).API_PORT).toBe(8080);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('names every bad or missing variable', () => {
    let error: unknown;
    try {
      loadConfig(workerConfigSchema, { DATABASE_URL: 'mysql://nope', API_PORT: 'x' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toMatch(/DATABASE_URL: must be a URL starting with postgres:\/\/ or postgresql:\/\//);
    expect(message).toMatch(/REDIS_URL/);
    expect(message).toMatch(/SMTP_URL/);
  });

  it('rejects an out-of-range port', () => {
    expect(() => loadConfig(apiConfigSchema, { ...valid, API_PORT: '70000' })).toThrow(/API_PORT/);
  });

  describe('service URLs', () => {
    const worker = { ...valid, SMTP_URL: 'smtp://mail.example.org:587' };
    const problemsWith = (env: Record<string, string>) => {
      try {
        loadConfig(workerConfigSchema, { ...worker, ...env });
      } catch (error: unknown) {
        return (error as ConfigError).problems;
      }
      return [];
    };

    it('refuses URLs without a host, naming the variable and never echoing the value', () => {
      expect(problemsWith({ REDIS_URL: 'redis:/6390' })).toEqual(['REDIS_URL: must be a URL like redis://host:6379 (no host: write redis://host)']);
      expect(problemsWith({ SMTP_URL: 'smtp:nohost' })).toEqual(['SMTP_URL: must be a URL like smtp://host:587 (no host: write smtp://host)']);
      const secret = problemsWith({ DATABASE_URL: 'postgres:s3cret@db' });
      expect(secret).toEqual([expect.stringMatching(/^DATABASE_URL: must be a URL like postgres:\/\/user:password@host:5432\/database \(no host/)]);
      expect(secret.join()).not.toContain('s3cret');
    });

    it('refuses ports that are not numbers from 1 to 65535, and wrong schemes', () => {
      expect(problemsWith({ REDIS_URL: 'redis://localhost:70000' })).toEqual([expect.stringMatching(/^REDIS_URL: .*port is not a number from 1 to 65535/)]);
      expect(problemsWith({ REDIS_URL: 'redis://localhost:abc' })).toEqual([expect.stringMatching(/^REDIS_URL: /)]);
      expect(problemsWith({ DATABASE_URL: 'postgres://db:0/convene' })).toEqual([expect.stringMatching(/^DATABASE_URL: .*port 0/)]);
      expect(problemsWith({ SMTP_URL: 'http://mail.example.org' })).toEqual(['SMTP_URL: must be a URL starting with smtp:// or smtps://']);
      expect(problemsWith({ PUBLIC_WEB_URL: 'https:/convene.example.org' }).length).toBe(0); // WHATWG fixes up special schemes
    });

    it('accepts full URLs, a default port, credentials, IPv6 and a PostgreSQL socket directory', () => {
      expect(problemsWith({})).toEqual([]);
      expect(problemsWith({ REDIS_URL: 'rediss://:p%40ss@cache.internal', SMTP_URL: 'smtps://user:pw@[::1]:465' })).toEqual([]);
      expect(loadConfig(baseSchema, { ...valid, DATABASE_URL: 'postgres:///convene?host=/var/run/postgresql' }).DATABASE_URL).toBe('postgres:///convene?host=/var/run/postgresql');
    });
  });
});
