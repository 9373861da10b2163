// The SMTP sink for bench/digest/run.js, in its own process so that neither path shares its
// event loop with the receiving side: the worker sends from its process, the direct path from
// the bench's, and both into this one. Controlled over IPC by the parent:
//   -> { type: 'start', expected: [address] }   count a new measurement; replies 'started'
//   <- { type: 'all', at }                       every expected recipient has had a message (epoch ms)
//   -> { type: 'stop' }                          replies 'tally' with the counts, and stops counting
// Only the headers are read (Message-ID), the envelope gives the recipients, the body is drained.
'use strict';
const { SMTPServer } = require('smtp-server');

let current = null;
let outside = 0; // messages that arrived while no measurement was running

function record(messageId, rcpts, bytes) {
  const m = current;
  if (!m) return void (outside += 1);
  m.received += 1;
  m.bytes += bytes;
  if (messageId) m.byMessageId.set(messageId, (m.byMessageId.get(messageId) ?? 0) + 1);
  for (const rcpt of rcpts) {
    const n = (m.byRecipient.get(rcpt) ?? 0) + 1;
    m.byRecipient.set(rcpt, n);
    if (!m.expected.has(rcpt)) m.unexpected += 1;
    else if (n === 1 && ++m.seen === m.expected.size) process.send({ type: 'all', at: Date.now() });
  }
}

/** Duplicates: extra copies to one recipient, or one Message-ID delivered more than once. */
function tally(m) {
  const cpu = process.cpuUsage(m.cpu);
  let dupRecipients = 0;
  let dupIds = 0;
  for (const n of m.byRecipient.values()) dupRecipients += n - 1;
  for (const n of m.byMessageId.values()) dupIds += n - 1;
  let missing = 0;
  for (const r of m.expected) if (!m.byRecipient.has(r)) missing += 1;
  return { received: m.received, meanBytes: m.received ? Math.round(m.bytes / m.received) : 0, duplicates: Math.max(dupRecipients, dupIds), dupRecipients, dupIds, missing, unexpected: m.unexpected, distinctIds: m.byMessageId.size, outside, sinkCpuMs: Math.round((cpu.user + cpu.system) / 1000) };
}

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    let head = '';
    let headDone = false;
    let bytes = 0;
    stream.on('data', (chunk) => {
      bytes += chunk.length;
      if (headDone) return;
      head += chunk.toString('latin1');
      const end = head.indexOf('\r\n\r\n');
      if (end >= 0) {
        head = head.slice(0, end);
        headDone = true;
      } else if (head.length > 64 * 1024) headDone = true;
    });
    stream.on('end', () => {
      const id = /^message-id:[ \t]*(<[^>\r\n]+>)/im.exec(head);
      record(id ? id[1] : null, session.envelope.rcptTo.map((r) => r.address.toLowerCase()), bytes);
      callback();
    });
  },
});
server.on('error', (error) => console.error('sink error:', error.message));

process.on('message', (msg) => {
  if (msg.type === 'start') {
    current = { expected: new Set(msg.expected), byRecipient: new Map(), byMessageId: new Map(), received: 0, bytes: 0, seen: 0, unexpected: 0, cpu: process.cpuUsage() };
    if (current.expected.size === 0) process.send({ type: 'all', at: Date.now() });
    process.send({ type: 'started' });
  } else if (msg.type === 'stop') {
    const result = current ? tally(current) : null;
    current = null;
    process.send({ type: 'tally', result });
  }
});
process.on('disconnect', () => process.exit(0));

server.listen(0, '127.0.0.1', () => process.send({ type: 'listening', port: server.server.address().port }));
