import { ConfigError, loadConfig } from './load-config';
import { apiConfigSchema, workerConfigSchema } from './schemas';

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
});
