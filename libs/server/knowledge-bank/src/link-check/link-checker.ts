import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import robotsParser from 'robots-parser';
import { Agent, fetch } from 'undici';

export const LINK_CHECK_AGENT = 'ConveneLinkCheck/1.0 (+https://convene.example/bank-link-check)';
const ROBOTS_NAME = 'ConveneLinkCheck';
const MAX_REDIRECTS = 5;
const ROBOTS_MAX_BYTES = 100_000;
const seconds = (ms: number) => (ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} second${Math.round(ms / 1000) === 1 ? '' : 's'}`);

export interface LinkCheckSettings {
  /** How long one request may take, in milliseconds. */
  timeoutMs: number;
  /** The least time between two requests to the same host, in milliseconds. */
  hostGapMs: number;
  /**
   * Hosts that may be opened on private or loopback addresses. Empty in production: every
   * connection (each redirect too) to such an address is refused. Tests name their local server.
   */
  allowHosts: string[];
}

export interface LinkOutcome {
  ok: boolean;
  status: number | null;
  /** Plain words: "answered 200", "answered 404 Not Found", "did not answer within 10 seconds"… */
  outcome: string;
  /** Not checked because robots.txt asks crawlers to keep out; neither working nor broken. */
  skipped?: boolean;
  /**
   * Failed before any host answered: its name did not resolve or the network could not be
   * reached. One such link is broken; a whole run of them says more about our network.
   */
  unreached?: boolean;
}

/** Failures that happen before a host answers at all: DNS, or no route to the network. */
const UNREACHED_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'ENETUNREACH', 'ENETDOWN', 'EHOSTUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

/**
 * When each host may next be asked, for the whole process: back-to-back batches (and two checks
 * at once) share it, so a host is never asked more often than the gap however the runs fall.
 */
const NEXT_AT = new Map<string, number>();

class RefusedAddress extends Error {
  constructor() {
    super('refused address');
  }
}

/** Public unicast only: loopback, private, link-local, unique-local, CGNAT, reserved… are refused. */
export function isPublicAddress(address: string): boolean {
  try {
    return ipaddr.process(address).range() === 'unicast';
  } catch {
    return false;
  }
}

/**
 * Opens links the way a careful crawler does: a connection is made only to an address that
 * passed the check at connect time (so DNS cannot swap in a private one after a check), every
 * redirect hop is checked again, robots.txt is read once per host and honoured, each host is
 * asked at most once per `hostGapMs`, and every request has a deadline.
 */
export class LinkChecker {
  private readonly agent: Agent;
  private readonly robots = new Map<string, Promise<ReturnType<typeof robotsParser> | null>>();

  private readonly allowed: Set<string>;

  constructor(private readonly settings: LinkCheckSettings) {
    const allowed = (this.allowed = new Set(settings.allowHosts.map((h) => h.toLowerCase())));
    this.agent = new Agent({
      connect: {
        timeout: settings.timeoutMs,
        lookup: (hostname, options, callback) => {
          dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
            if (error) return callback(error, '', 0);
            const list = (addresses as LookupAddress[]).filter((a) => allowed.has(hostname.toLowerCase()) || isPublicAddress(a.address));
            if (!list.length) return callback(new RefusedAddress(), '', 0);
            // undici asks with `all` set; answer in the form it asked for.
            if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
            callback(null, list[0].address, list[0].family);
          });
        },
      },
    });
  }

  async close(): Promise<void> {
    await this.agent.close();
  }

  async check(link: string): Promise<LinkOutcome> {
    let url: URL;
    try {
      url = new URL(link);
    } catch {
      return { ok: false, status: null, outcome: 'is not a web address' };
    }
    if (!/^https?:$/.test(url.protocol)) return { ok: false, status: null, outcome: 'is not an http or https address' };
    const robots = await this.robotsOf(url);
    if (robots && robots.isAllowed(url.href, ROBOTS_NAME) === false) return { ok: true, status: null, outcome: 'was not checked: robots.txt asks crawlers to keep out', skipped: true };
    try {
      for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
        const res = await this.request(url, 'HEAD');
        // Some servers refuse HEAD; ask again with GET (the body is dropped unread).
        const answer = res.status === 405 || res.status === 501 ? await this.request(url, 'GET') : res;
        if (answer.status >= 300 && answer.status < 400 && answer.location) {
          url = new URL(answer.location, url);
          if (!/^https?:$/.test(url.protocol)) return { ok: false, status: answer.status, outcome: 'redirected to an address that is not http or https' };
          continue;
        }
        if (answer.status >= 200 && answer.status < 400) return { ok: true, status: answer.status, outcome: `answered ${answer.status}` };
        return { ok: false, status: answer.status, outcome: `answered ${answer.status}${answer.statusText ? ` ${answer.statusText}` : ''}` };
      }
      return { ok: false, status: null, outcome: `redirected more than ${MAX_REDIRECTS} times` };
    } catch (error: unknown) {
      return { ok: false, status: null, outcome: this.words(error), ...(unreached(error) ? { unreached: true } : {}) };
    }
  }

  /** Waits for the host's turn, then makes one request with a deadline; the body is never read. */
  private async request(url: URL, method: 'HEAD' | 'GET'): Promise<{ status: number; statusText: string; location: string | null }> {
    this.assertAddress(url);
    await this.turn(url.host);
    try {
      const res = await fetch(url, { method, redirect: 'manual', dispatcher: this.agent, signal: AbortSignal.timeout(this.settings.timeoutMs), headers: { 'user-agent': LINK_CHECK_AGENT, accept: '*/*' } });
      await res.body?.cancel().catch(() => undefined);
      return { status: res.status, statusText: res.statusText, location: res.headers.get('location') };
    } finally {
      this.rest(url.host);
    }
  }

  /** An address written as an IP literal is never looked up, so the connect-time check cannot see it: it is checked here. */
  private assertAddress(url: URL): void {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (isIP(host) && !this.allowed.has(host.toLowerCase()) && !isPublicAddress(host)) throw new RefusedAddress();
  }

  /** The gap counts from when a request ended, so a slow answer never lets the next one in early. */
  private rest(host: string): void {
    NEXT_AT.set(host, Math.max(NEXT_AT.get(host) ?? 0, Date.now() + this.settings.hostGapMs));
  }

  private async turn(host: string): Promise<void> {
    const now = Date.now();
    const at = Math.max(now, NEXT_AT.get(host) ?? 0);
    NEXT_AT.set(host, at + this.settings.hostGapMs);
    if (at > now) await new Promise((resolve) => setTimeout(resolve, at - now));
  }

  /** robots.txt of the link's origin, read once per run; none (or unreadable) allows everything. */
  private robotsOf(url: URL): Promise<ReturnType<typeof robotsParser> | null> {
    const origin = url.origin;
    let found = this.robots.get(origin);
    if (!found) {
      found = (async () => {
        try {
          this.assertAddress(url);
          await this.turn(url.host);
          try {
            // Redirects are not followed: a hop could lead anywhere, and no robots.txt allows all.
            const res = await fetch(`${origin}/robots.txt`, { redirect: 'manual', dispatcher: this.agent, signal: AbortSignal.timeout(this.settings.timeoutMs), headers: { 'user-agent': LINK_CHECK_AGENT } });
            if (res.status !== 200) {
              await res.body?.cancel().catch(() => undefined);
              return null;
            }
            const text = (await res.text()).slice(0, ROBOTS_MAX_BYTES);
            return robotsParser(`${origin}/robots.txt`, text);
          } finally {
            this.rest(url.host);
          }
        } catch {
          return null;
        }
      })();
      this.robots.set(origin, found);
    }
    return found;
  }

  private words(error: unknown): string {
    const seen = new Set<unknown>();
    for (let e: unknown = error; e && !seen.has(e); e = (e as { cause?: unknown }).cause) {
      seen.add(e);
      if (e instanceof RefusedAddress) return 'points at a private or local address, which is not checked';
      const name = (e as { name?: string }).name;
      const code = (e as { code?: string }).code;
      if (name === 'TimeoutError' || name === 'AbortError' || code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT') return `did not answer within ${seconds(this.settings.timeoutMs)}`;
      if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'has a host name that does not exist';
      if (code === 'ECONNREFUSED') return 'refused the connection';
      if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'closed the connection';
      if (typeof code === 'string' && /CERT|SSL|TLS/.test(code)) return 'has a certificate that could not be trusted';
    }
    return 'could not be opened';
  }
}

function unreached(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (let e: unknown = error; e && !seen.has(e); e = (e as { cause?: unknown }).cause) {
    seen.add(e);
    const code = (e as { code?: string }).code;
    if (typeof code === 'string' && UNREACHED_CODES.has(code)) return true;
  }
  return false;
}
