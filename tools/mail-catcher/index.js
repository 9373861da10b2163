// A local mail catcher for development: an SMTP server that keeps what it receives, and a web
// page (plus a JSON API) to read it. Nothing is delivered anywhere.
'use strict';
const http = require('node:http');
const { randomUUID } = require('node:crypto');
const { SMTPServer } = require('smtp-server');
const { simpleParser } = require('mailparser');
const nodemailer = require('nodemailer');

const MAX_MESSAGES = 500;

const escapeHtml = (value) => String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** An attachment as JSON: text parts (a calendar file, say) as text, anything else as base64. */
function attachmentJson(attachment) {
  const textual = /^text\/|^application\/(json|xml|ics)\b|\+xml$/i.test(attachment.contentType ?? '');
  return {
    filename: attachment.filename ?? null,
    contentType: attachment.contentType,
    size: attachment.size,
    contentId: attachment.contentId ?? null,
    encoding: textual ? 'utf8' : 'base64',
    content: attachment.content.toString(textual ? 'utf8' : 'base64'),
  };
}

function summary(message) {
  return { id: message.id, from: message.from, to: message.to, subject: message.subject, date: message.date, messageId: message.messageId };
}

function page(title, body) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title>
<style>body{font-family:Arial,sans-serif;margin:0;color:#0b0c0c}header{background:#0b0c0c;color:#fff;padding:12px 24px}main{padding:24px;max-width:960px}
a{color:#1d70b8}a:focus{outline:3px solid #fd0;background:#fd0;color:#0b0c0c}table{border-collapse:collapse;width:100%}th,td{text-align:left;border-bottom:1px solid #b1b4b6;padding:8px}
pre{white-space:pre-wrap;background:#f3f2f1;padding:12px}iframe{width:100%;height:480px;border:1px solid #b1b4b6}</style></head>
<body><header><strong>Convene mail catcher</strong> — every email the stack sends, kept in memory</header><main>${body}</main></body></html>`;
}

/** The first address of a header as mailparser gives it, or null. */
const firstAddress = (header) => [].concat(header ?? []).flatMap((h) => h.value ?? [])[0]?.address ?? null;

/** The reply form: what a developer types is sent, as the recipient, to the email's Reply-To over real SMTP. */
function replyForm(m) {
  const quoted = (m.text || '').split('\n').map((line) => `> ${line}`).join('\n');
  return `<h2>Reply as the recipient</h2>
<form method="post" action="/messages/${m.id}/reply">
<p><label for="reply-from">From</label><br><input id="reply-from" name="from" size="50" value="${escapeHtml(m.replyFrom)}"></p>
<p>To ${escapeHtml(m.replyTo)} (this email's reply address)</p>
<p><label for="reply-text">Your reply</label><br><textarea id="reply-text" name="text" rows="10" cols="80">\n\nOn ${escapeHtml(m.date)}, ${escapeHtml(m.from)} wrote:\n${escapeHtml(quoted)}</textarea></p>
<p><button type="submit">Send reply</button></p>
</form>`;
}

/**
 * Starts the catcher; ports 0 pick free ones. With `inboundSmtpUrl` (the stack's inbound SMTP
 * service), a caught email that has a reply address gets a reply form.
 */
async function startMailCatcher({ smtpPort = 1025, httpPort = 1080, host = '127.0.0.1', inboundSmtpUrl = null } = {}) {
  const inbound = inboundSmtpUrl ? nodemailer.createTransport(inboundSmtpUrl) : null;
  const messages = [];
  // The raw source and attachment bytes, kept beside the messages so /api/messages stays small.
  const sources = new Map();

  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    size: 25 * 1024 * 1024,
    logger: false,
    onData(stream, session, callback) {
      const chunks = [];
      stream.on('data', (chunk) => chunks.push(chunk));
      stream.once('error', callback);
      stream.once('end', () => store(Buffer.concat(chunks), session).then(() => callback(), callback));
    },
  });

  /** Keeps one message: parsed for the pages and the JSON, raw for /raw and the attachments. */
  async function store(raw, session) {
    const parsed = await simpleParser(raw);
    const id = randomUUID();
    sources.set(id, { raw, attachments: parsed.attachments ?? [] });
    messages.unshift({
      id,
      from: parsed.from?.text ?? '',
      to: parsed.to ? [].concat(parsed.to).map((a) => a.text).join(', ') : session.envelope.rcptTo.map((r) => r.address).join(', '),
      subject: parsed.subject ?? '',
      date: (parsed.date ?? new Date()).toISOString(),
      messageId: parsed.messageId ?? null,
      text: parsed.text ?? '',
      html: parsed.html || null,
      headers: Object.fromEntries([...parsed.headers].map(([k, v]) => [k, typeof v === 'object' && v !== null && 'text' in v ? v.text : v])),
      attachments: (parsed.attachments ?? []).map((a) => ({ filename: a.filename, contentType: a.contentType, size: a.size })),
      replyTo: firstAddress(parsed.replyTo),
      replyFrom: firstAddress(parsed.to) ?? session.envelope.rcptTo[0]?.address ?? '',
    });
    for (const dropped of messages.splice(MAX_MESSAGES)) sources.delete(dropped.id);
  }

  const web = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const send = (status, type, body) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (url.pathname === '/api/messages' && req.method === 'GET') return send(200, 'application/json', JSON.stringify(messages));
    if (url.pathname === '/api/messages' && req.method === 'DELETE') {
      messages.length = 0;
      sources.clear();
      return send(204, 'text/plain', '');
    }
    const html = /^\/messages\/([0-9a-f-]{36})\/html$/.exec(url.pathname);
    if (html) {
      const message = messages.find((m) => m.id === html[1]);
      // Shown in a sandboxed iframe with scripts blocked by CSP, so mail HTML cannot act on this page.
      res.writeHead(message ? 200 : 404, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'none'; sandbox" });
      return res.end(message?.html ?? 'Not found');
    }
    const replying = /^\/messages\/([0-9a-f-]{36})\/reply$/.exec(url.pathname);
    if (replying && req.method === 'POST') {
      const m = messages.find((x) => x.id === replying[1]);
      if (!m || !m.replyTo || !inbound) return send(404, 'text/plain', 'Not found');
      const chunks = [];
      req.on('data', (chunk) => chunks.push(chunk));
      req.on('end', () => {
        const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
        inbound
          .sendMail({ from: form.get('from') || m.replyFrom, to: m.replyTo, subject: `Re: ${m.subject}`, inReplyTo: m.messageId ?? undefined, references: m.messageId ?? undefined, text: form.get('text') || '' })
          .then(
            () => {
              res.writeHead(303, { location: `/messages/${m.id}?replied=1` });
              res.end();
            },
            (error) => send(502, 'text/html; charset=utf-8', page('Reply not sent', `<h1>Reply not sent</h1><p>The inbound service answered: ${escapeHtml(error.message)}</p><p><a href="/messages/${m.id}">Back to the message</a></p>`)),
          );
      });
      return undefined;
    }
    const raw = /^\/messages\/([0-9a-f-]{36})\/raw$/.exec(url.pathname);
    if (raw) {
      const source = sources.get(raw[1]);
      return source ? send(200, 'message/rfc822', source.raw) : send(404, 'text/plain', 'Not found');
    }
    const json = /^\/(?:api\/)?messages\/([0-9a-f-]{36})\.json$/.exec(url.pathname);
    if (json) {
      const m = messages.find((x) => x.id === json[1]);
      if (!m) return send(404, 'application/json', JSON.stringify({ error: 'Not found' }));
      return send(200, 'application/json', JSON.stringify({ ...m, attachments: sources.get(m.id).attachments.map(attachmentJson), raw: `/messages/${m.id}/raw` }));
    }
    const file = /^\/messages\/([0-9a-f-]{36})\/attachments\/(\d+)$/.exec(url.pathname);
    if (file) {
      const attachment = sources.get(file[1])?.attachments[Number(file[2])];
      if (!attachment) return send(404, 'text/plain', 'Not found');
      res.writeHead(200, { 'content-type': attachment.contentType || 'application/octet-stream', 'content-disposition': 'attachment', 'cache-control': 'no-store' });
      return res.end(attachment.content);
    }
    const one = /^\/messages\/([0-9a-f-]{36})$/.exec(url.pathname);
    if (one) {
      const m = messages.find((x) => x.id === one[1]);
      if (!m) return send(404, 'text/html; charset=utf-8', page('Not found', '<h1>Message not found</h1><p><a href="/">All messages</a></p>'));
      const headers = Object.entries(m.headers).map(([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th><td>${escapeHtml(typeof v === 'string' ? v : JSON.stringify(v))}</td></tr>`).join('');
      const notice = url.searchParams.get('replied') ? '<p role="status"><strong>Reply sent to the inbound service.</strong> Its answer (a confirmation email) appears in the list.</p>' : '';
      return send(200, 'text/html; charset=utf-8', page(m.subject, `<p><a href="/">All messages</a></p>${notice}<h1>${escapeHtml(m.subject)}</h1>
<p>From ${escapeHtml(m.from)}<br>To ${escapeHtml(m.to)}<br>${escapeHtml(m.date)}</p>
${m.html ? `<h2>HTML</h2><iframe title="HTML version" sandbox src="/messages/${m.id}/html"></iframe>` : ''}
<h2>Plain text</h2><pre>${escapeHtml(m.text)}</pre>
${m.attachments.length ? `<h2>Attachments</h2><ul>${m.attachments.map((a, i) => `<li><a href="/messages/${m.id}/attachments/${i}">${escapeHtml(a.filename || `attachment ${i + 1}`)}</a> (${escapeHtml(a.contentType)}, ${a.size} bytes)</li>`).join('')}</ul>` : ''}
<p>As JSON with attachments: <a href="/messages/${m.id}.json">/messages/${m.id}.json</a>; raw source: <a href="/messages/${m.id}/raw">/messages/${m.id}/raw</a></p>
${m.replyTo && inbound ? replyForm(m) : ''}
<h2>Headers</h2><table>${headers}</table>`));
    }
    if (url.pathname === '/') {
      const rows = messages.map((m) => `<tr><td><a href="/messages/${m.id}">${escapeHtml(m.subject || '(no subject)')}</a></td><td>${escapeHtml(m.to)}</td><td>${escapeHtml(m.from)}</td><td>${escapeHtml(m.date)}</td></tr>`).join('');
      return send(200, 'text/html; charset=utf-8', page('Mail catcher', `<h1>Messages (${messages.length})</h1>${messages.length ? `<table><thead><tr><th>Subject</th><th>To</th><th>From</th><th>Date</th></tr></thead><tbody>${rows}</tbody></table>` : '<p>No messages yet.</p>'}<p>JSON: <a href="/api/messages">/api/messages</a></p>`));
    }
    send(404, 'text/plain', 'Not found');
  });

  await new Promise((resolve, reject) => {
    smtp.server.once('error', reject);
    smtp.listen(smtpPort, host, resolve);
  });
  await new Promise((resolve, reject) => {
    web.once('error', reject);
    web.listen(httpPort, host, resolve);
  });
  const realSmtp = smtp.server.address().port;
  const realHttp = web.address().port;
  return {
    smtpUrl: `smtp://${host}:${realSmtp}`,
    httpUrl: `http://localhost:${realHttp}`,
    messages: () => messages.slice(),
    summaries: () => messages.map(summary),
    clear: () => {
      messages.length = 0;
      sources.clear();
    },
    stop: () => {
      inbound?.close();
      return Promise.all([new Promise((r) => smtp.close(r)), new Promise((r) => web.close(r))]);
    },
  };
}

module.exports = { startMailCatcher };
