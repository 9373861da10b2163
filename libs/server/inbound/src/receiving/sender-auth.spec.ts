import { verifySender, type DnsResolver } from './sender-auth';

/** A DNS of our own: TXT records by name, anything else not found (no network in tests). */
function localDns(txt: Record<string, string>): DnsResolver {
  return async (name: string, rrtype: string) => {
    const record = rrtype === 'TXT' ? txt[name.toLowerCase()] : undefined;
    if (record === undefined) throw Object.assign(new Error(`queryTxt ENOTFOUND ${name}`), { code: 'ENOTFOUND' });
    return [[record]];
  };
}

const message = (from: string) =>
  Buffer.from([`From: Member <${from}>`, 'To: reply+0123@reply.convene.test', 'Subject: Re: Agenda pack', 'Message-ID: <a1@charity.test>', 'Date: Mon, 7 Dec 2026 10:00:00 +0000', '', 'Apologies', ''].join('\r\n'));

describe('verifySender (mailauth, local DNS)', () => {
  const envelope = { mailFrom: 'member@charity.test', clientIp: '192.0.2.10', helo: 'mail.charity.test' };

  it('passes a sender whose domain authorises the client by SPF', async () => {
    const dns = localDns({ 'charity.test': 'v=spf1 ip4:192.0.2.0/24 -all' });
    expect(await verifySender(message('member@charity.test'), envelope, dns)).toEqual({ ok: true });
  });

  it('refuses a DMARC fail: SPF passes for another domain, From is forged', async () => {
    const dns = localDns({ 'elsewhere.test': 'v=spf1 ip4:192.0.2.0/24 -all', '_dmarc.charity.test': 'v=DMARC1; p=reject' });
    const verdict = await verifySender(message('member@charity.test'), { ...envelope, mailFrom: 'bounce@elsewhere.test' }, dns);
    expect(verdict).toEqual({ ok: false, reason: 'DMARC failed' });
  });

  it('refuses a domain with no DMARC policy whose SPF fails and that has no DKIM signature', async () => {
    const dns = localDns({ 'charity.test': 'v=spf1 ip4:198.51.100.1 -all' });
    const verdict = await verifySender(message('member@charity.test'), envelope, dns);
    expect(verdict.ok).toBe(false);
    expect(verdict.reason).toBe('SPF fail and no aligned DKIM signature');
  });
});
