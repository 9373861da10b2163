// Serves the web client and proxies the API and forum service, so the browser talks to one
// origin and the httpOnly session cookie just works.
'use strict';
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const path = require('node:path');

const PUBLIC_DIR = path.join(__dirname, 'public');
const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.json': 'application/json' };

/** Which service answers a path: the API's HTTP routes, the forum's sockets, else the client. */
function upstreamFor(pathname, targets) {
  const api = ['/calendar/', '/public/', '/email/', '/papers/', '/foi-files/', '/packs/', '/bank/', '/open-referral/', '/exports/', '/admin/queues'].some((prefix) => pathname.startsWith(prefix)) || pathname === '/bank';
  if (pathname === '/graphql' || api || (pathname.startsWith('/meetings/') && pathname.endsWith('.ics'))) return { target: targets.api, path: null };
  if (pathname === '/health/api') return { target: targets.api, path: '/health' };
  if (pathname.startsWith('/socket.io/')) return { target: targets.forum, path: null };
  return null;
}

/**
 * The headers sent on: the client's own forwarding headers are dropped (anyone can write them),
 * and X-Forwarded-For names the address this server saw, which the API trusts from this hop only
 * (its TRUST_PROXY setting) to throttle sign-ins per client rather than for everyone at once.
 */
function forwardedHeaders(req, target) {
  const headers = { ...req.headers, host: target.host };
  for (const name of ['forwarded', 'x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-real-ip']) delete headers[name];
  headers['x-forwarded-for'] = req.socket.remoteAddress;
  headers['x-forwarded-proto'] = req.socket.encrypted ? 'https' : 'http';
  return headers;
}

function proxy(req, res, target, rewrite) {
  const upstream = http.request(
    { host: target.hostname, port: target.port, method: req.method, path: rewrite ?? req.url, headers: forwardedHeaders(req, target) },
    (reply) => {
      res.writeHead(reply.statusCode || 502, reply.headers);
      reply.pipe(res);
    },
  );
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ errors: [{ message: 'The service is not available. Try again in a moment.', extensions: { code: 'SERVICE_UNAVAILABLE' } }] }));
  });
  req.pipe(upstream);
}

function serveStatic(req, res, pathname) {
  // Client-side routes (paths without a file extension) all load the same document.
  const file = path.extname(pathname) === '' ? path.join(PUBLIC_DIR, 'index.html') : path.join(PUBLIC_DIR, path.normalize(pathname));
  // path.normalize keeps `..` segments that climb out; refuse anything outside public/.
  if (!file.startsWith(PUBLIC_DIR + path.sep)) return notFound(res);
  fs.readFile(file, (error, body) => {
    if (error) return notFound(res);
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] || 'application/octet-stream',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'content-security-policy': "default-src 'self'; connect-src 'self' ws: wss:; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
    });
    res.end(body);
  });
}

function notFound(res) {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  res.end('Page not found');
}

/**
 * The web server. `targets` ({ api, forum } URLs) may be changed after start (tests start the
 * forum service once they know this server's origin).
 */
function createWebServer(targets) {
  const server = http.createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      return notFound(res);
    }
    const route = upstreamFor(pathname, targets);
    if (route) return proxy(req, res, route.target, route.path);
    if (req.method !== 'GET' && req.method !== 'HEAD') return notFound(res);
    if (pathname === '/favicon.ico') return void res.writeHead(204).end();
    serveStatic(req, res, pathname);
  });

  // WebSocket upgrades for socket.io go straight through to the forum service.
  server.on('upgrade', (req, socket, head) => {
    if (!req.url.startsWith('/socket.io/')) return socket.destroy();
    const forum = targets.forum;
    const upstream = net.connect(Number(forum.port) || (forum.protocol === 'https:' ? 443 : 80), forum.hostname, () => {
      const headers = Object.entries(forwardedHeaders(req, forum)).map(([k, v]) => `${k}: ${v}`).join('\r\n');
      upstream.write(`${req.method} ${req.url} HTTP/1.1\r\n${headers}\r\n\r\n`);
      upstream.write(head);
      socket.pipe(upstream).pipe(socket);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  return server;
}

module.exports = { createWebServer, forwardedHeaders };

if (require.main === module) {
  const PORT = Number(process.env.WEB_PORT || 4200);
  const api = process.env.API_URL || `http://127.0.0.1:${process.env.API_PORT || 3000}`;
  const forum = process.env.FORUM_URL || `http://127.0.0.1:${process.env.FORUM_PORT || 3001}`;
  const server = createWebServer({ api: new URL(api), forum: new URL(forum) });
  server.listen(PORT, () => process.stdout.write(`${JSON.stringify({ level: 30, app: 'web', msg: `Web client on http://localhost:${PORT}` })}\n`));

  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
