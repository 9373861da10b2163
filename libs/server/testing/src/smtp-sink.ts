import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface SmtpSink {
  url: string;
  messages: ParsedMail[];
  /** Resolves when at least `count` messages have arrived (or rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<ParsedMail[]>;
  /** Makes the server refuse (4xx) or accept mail, to simulate an outage. */
  setFailing(failing: boolean): void;
  /**
   * Holds every message that arrives without answering, as a server that has not yet said 250.
   * `release` answers the held ones whose client is still connected; a message whose client
   * went away before its 250 was never accepted, so it is dropped, as a real server would.
   * `release('refuse')` answers them 451 instead.
   */
  hold(): void;
  release(answer?: 'accept' | 'refuse'): void;
  /** How many messages are held unanswered right now. */
  heldCount(): number;
  /** Of those, how many still have their client connected (a dead client's close can lag its death). */
  heldOpenCount(): number;
  close(): Promise<void>;
}

const envelopes = new WeakMap<ParsedMail, { mailFrom: string; rcptTo: string[] }>();

/** The SMTP envelope a sink message arrived with (MAIL FROM carries the bounce address). */
export function envelopeOf(mail: ParsedMail): { mailFrom: string; rcptTo: string[] } | undefined {
  return envelopes.get(mail);
}

/** A real SMTP server on a random port that keeps every message it accepts, parsed. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: ParsedMail[] = [];
  let failing = false;
  let holding = false;
  const held: { sessionId: string; accept: () => void; refuse: () => void }[] = [];
  const closed = new Set<string>();
  const waiters: (() => void)[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onClose(session) {
      closed.add(session.id);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      const refuse = () => {
        const error = new Error('Service unavailable') as Error & { responseCode: number };
        error.responseCode = 451;
        callback(error);
      };
      stream.on('end', () => {
        if (failing) {
          refuse();
          return;
        }
        simpleParser(Buffer.concat(chunks)).then(
          (parsed) => {
            const from = session.envelope.mailFrom;
            envelopes.set(parsed, { mailFrom: from ? from.address : '', rcptTo: session.envelope.rcptTo.map((r) => r.address) });
            const accept = () => {
              messages.push(parsed);
              waiters.splice(0).forEach((wake) => wake());
              callback();
            };
            if (holding) held.push({ sessionId: session.id, accept, refuse });
            else accept();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  // A client killed mid-message resets its connection: that is the client's fault, not the server's.
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    async waitFor(count, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < count) {
        if (Date.now() > deadline) throw new Error(`Expected ${count} message(s), got ${messages.length}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 200);
        });
      }
      return messages;
    },
    setFailing(value) {
      failing = value;
    },
    hold() {
      holding = true;
    },
    release(answer = 'accept') {
      holding = false;
      for (const message of held.splice(0)) if (!closed.has(message.sessionId)) (answer === 'accept' ? message.accept : message.refuse)();
    },
    heldCount: () => held.length,
    heldOpenCount: () => held.filter((message) => !closed.has(message.sessionId)).length,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
