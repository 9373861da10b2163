type Ports = Record<'api' | 'forum' | 'web' | 'smtp' | 'mail' | 'inbound', number>;
type Env = Record<string, string | undefined>;
const { stackPorts, stackAddresses } = require('./ports') as { stackPorts(env: Env): Ports; stackAddresses(ports: Ports, env: Env): Record<string, string> };

describe('npm start: ports', () => {
  it('uses the defaults when nothing is set', () => {
    const ports = stackPorts({});
    expect(ports).toEqual({ api: 3000, forum: 3001, web: 4200, smtp: 1025, mail: 1080, inbound: 2525 });
    expect(stackAddresses(ports, {})).toMatchObject({ PUBLIC_WEB_URL: 'http://localhost:4200', API_URL: 'http://127.0.0.1:3000', REDIS_PREFIX: 'convene' });
  });

  it('moves every address with its port, so a second stack does not meet the first', () => {
    const env = { API_PORT: '3100', FORUM_PORT: '3101', WEB_PORT: '4300', MAIL_SMTP_PORT: '1125', MAIL_HTTP_PORT: '1180', INBOUND_SMTP_PORT: '2625' };
    const ports = stackPorts(env);
    expect(ports).toEqual({ api: 3100, forum: 3101, web: 4300, smtp: 1125, mail: 1180, inbound: 2625 });
    expect(stackAddresses(ports, env)).toEqual({
      PUBLIC_WEB_URL: 'http://localhost:4300',
      API_PORT: '3100',
      FORUM_PORT: '3101',
      WEB_PORT: '4300',
      API_URL: 'http://127.0.0.1:3100',
      FORUM_URL: 'http://127.0.0.1:3101',
      TRUST_PROXY: 'loopback',
      REDIS_PREFIX: 'convene-3100',
      INBOUND_SMTP_PORT: '2625',
      INBOUND_DOMAIN: 'convene.localhost',
    });
  });

  it('refuses a port that is not a number, naming the variable', () => {
    expect(() => stackPorts({ FORUM_PORT: 'abc' })).toThrow('FORUM_PORT must be a port number from 1 to 65535 (it is "abc").');
    expect(() => stackPorts({ WEB_PORT: '70000' })).toThrow(/WEB_PORT/);
  });
});
