import type { AddressInfo } from 'node:net';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import { moduleLogger } from '@convene/logging';
import { INBOUND_LIMITS, INBOUND_OPTIONS, type InboundOptions } from '../inbound.options';
import type { IssuedReply } from '../reply-addresses/reply-addresses';
import { InboundMailService } from './inbound-mail.service';

const BINDINGS = new WeakMap<SMTPServerSession, Map<string, IssuedReply>>();
/** The reply addresses RCPT resolved in this session (smtp-server resets the envelope per message, not the session). */
function bindingsOf(session: SMTPServerSession): Map<string, IssuedReply> {
  let found = BINDINGS.get(session);
  if (!found) BINDINGS.set(session, (found = new Map()));
  return found;
}

/** An SMTP reply with a code, as smtp-server sends it. */
function smtpError(code: number, message: string): Error & { responseCode: number } {
  return Object.assign(new Error(message), { responseCode: code });
}

/**
 * The inbound SMTP service: replies and bounces from the relay in front of it. Unknown
 * recipients are refused at RCPT (550), oversized messages at DATA (552), and a message is
 * answered 250 only once it has been handled, or 451 so the relay tries again.
 */
@Injectable()
export class InboundSmtpService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = moduleLogger('inbound-smtp');
  private server: SMTPServer | null = null;
  private listening: AddressInfo | null = null;

  constructor(
    private readonly inbound: InboundMailService,
    @Inject(INBOUND_OPTIONS) private readonly options: InboundOptions,
  ) {}

  /** The port it listens on (tests ask for 0 and read the real one here). */
  get port(): number | null {
    return this.listening?.port ?? null;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.options.port === null || !this.options.domain) return;
    const server = new SMTPServer({
      name: this.options.domain,
      banner: 'Convene replies',
      // Plain SMTP from the relay on a private network; the relay does TLS with the world.
      disabledCommands: ['AUTH', 'STARTTLS'],
      authOptional: true,
      size: this.options.maxBytes,
      maxClients: INBOUND_LIMITS.maxClients,
      socketTimeout: INBOUND_LIMITS.socketTimeoutMs,
      closeTimeout: 5_000,
      logger: false,
      onRcptTo: (address, session, callback) => {
        if (session.envelope.rcptTo.length >= INBOUND_LIMITS.maxRecipients) return callback(smtpError(452, 'Too many recipients'));
        this.inbound.acceptsRecipient(address.address).then(
          (ok) => {
            if (!ok) return callback(smtpError(550, 'No such recipient here'));
            // What RCPT looked up, DATA uses: one lookup per recipient.
            if (typeof ok === 'object') bindingsOf(session).set(address.address, ok);
            callback();
          },
          () => callback(smtpError(451, 'Try again later')),
        );
      },
      onData: (stream, session, callback) => this.onData(stream, session, callback),
    });
    server.on('error', (error) => this.logger.warn({ err: error.message }, 'inbound SMTP connection error'));
    await new Promise<void>((resolve, reject) => {
      server.server.once('error', reject);
      server.listen(this.options.port!, this.options.host, () => resolve());
    });
    this.server = server;
    this.listening = server.server.address() as AddressInfo;
    this.logger.info({ port: this.listening.port }, 'inbound SMTP listening');
  }

  private onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback: (error?: Error | null) => void): void {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.once('error', (error) => callback(error));
    stream.once('end', () => {
      if (stream.sizeExceeded) {
        BINDINGS.delete(session);
        return callback(smtpError(552, `Message too large: the limit is ${this.options.maxBytes} bytes`));
      }
      const mailFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
      const envelope = { mailFrom, rcptTo: session.envelope.rcptTo.map((r) => r.address), clientIp: this.options.verifyAuth ? undefined : session.remoteAddress, helo: session.hostNameAppearsAs };
      const resolved = bindingsOf(session);
      // Each message looks its recipients up afresh: the next one in this connection RCPTs again.
      BINDINGS.delete(session);
      this.inbound.receive(Buffer.concat(chunks), envelope, resolved).then(
        () => callback(),
        (error: unknown) => {
          this.logger.error({ err: error instanceof Error ? error.message : String(error) }, 'inbound message not handled; the relay will retry');
          callback(smtpError(451, 'Try again later'));
        },
      );
    });
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
