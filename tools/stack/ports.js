// The ports `npm start` uses, each movable by a variable, and the addresses the services then
// reach each other on, so two stacks can run side by side.
'use strict';

/** A port from the environment, or the default; a clear message for anything else. */
function portFrom(env, name, fallback) {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`${name} must be a port number from 1 to 65535 (it is "${value}").`);
  return port;
}

function stackPorts(env = process.env) {
  return {
    api: portFrom(env, 'API_PORT', 3000),
    forum: portFrom(env, 'FORUM_PORT', 3001),
    web: portFrom(env, 'WEB_PORT', 4200),
    smtp: portFrom(env, 'MAIL_SMTP_PORT', 1025),
    mail: portFrom(env, 'MAIL_HTTP_PORT', 1080),
    // The worker's inbound SMTP service (email replies); the mail catcher's reply form sends to it.
    inbound: portFrom(env, 'INBOUND_SMTP_PORT', 2525),
  };
}

/** What every service is told about the others. */
function stackAddresses(ports, env = process.env) {
  return {
    PUBLIC_WEB_URL: env.PUBLIC_WEB_URL || `http://localhost:${ports.web}`,
    API_PORT: String(ports.api),
    FORUM_PORT: String(ports.forum),
    WEB_PORT: String(ports.web),
    API_URL: `http://127.0.0.1:${ports.api}`,
    FORUM_URL: `http://127.0.0.1:${ports.forum}`,
    // The web server proxies to the API over loopback and names the client in X-Forwarded-For.
    TRUST_PROXY: env.TRUST_PROXY || 'loopback',
    // Two stacks sharing one Redis must not take each other's jobs.
    REDIS_PREFIX: env.REDIS_PREFIX || (ports.api === 3000 ? 'convene' : `convene-${ports.api}`),
    INBOUND_SMTP_PORT: String(ports.inbound),
    // Reply and bounce addresses: reply+<key>@convene.localhost reaches the worker through the catcher's form.
    INBOUND_DOMAIN: env.INBOUND_DOMAIN || 'convene.localhost',
  };
}

module.exports = { stackPorts, stackAddresses };
