import { authenticate } from 'mailauth';

/** A DNS lookup as mailauth calls it; tests pass a local one, production uses the system's. */
export type DnsResolver = (name: string, rrtype: string) => Promise<unknown>;

export interface SenderVerdict {
  ok: boolean;
  /** What failed, in words safe to log (no addresses, no body). */
  reason?: string;
}

/**
 * SPF, DKIM and DMARC for one message via mailauth. A DMARC fail is refused; a domain with no
 * DMARC policy must still pass SPF or carry a valid DKIM signature of the From domain. Behind
 * the relay the client's address comes from the relay's Received header (`trustReceived`), so
 * the inbound port must be reachable from the relay only.
 */
export async function verifySender(raw: Buffer, envelope: { mailFrom: string; clientIp?: string; helo?: string }, resolver?: DnsResolver): Promise<SenderVerdict> {
  const result = await authenticate(raw, {
    sender: envelope.mailFrom || undefined,
    ip: envelope.clientIp,
    helo: envelope.helo,
    trustReceived: !envelope.clientIp,
    disableArc: true,
    disableBimi: true,
    ...(resolver ? { resolver } : {}),
  } as Parameters<typeof authenticate>[1]);
  const dmarc = (result.dmarc as { status?: { result?: string } } | false || undefined)?.status?.result ?? 'none';
  if (dmarc === 'fail') return { ok: false, reason: 'DMARC failed' };
  if (dmarc === 'pass') return { ok: true };
  const spf = (result.spf as { status?: { result?: string } } | false || undefined)?.status?.result;
  const dkim = (result.dkim?.results ?? []).some((r: { status?: { result?: string; aligned?: unknown } }) => r.status?.result === 'pass' && r.status?.aligned);
  if (spf === 'pass' || dkim) return { ok: true };
  return { ok: false, reason: `SPF ${spf ?? 'none'} and no aligned DKIM signature` };
}
