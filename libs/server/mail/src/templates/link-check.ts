import { button, escapeHtml, h1, layout, textFooter, type FooterLinks, type RenderedMail } from '../layout';

export interface BrokenLinkMail {
  ownerName: string;
  resourceTitle: string;
  link: string;
  /** Plain words: "answered 404 Not Found", "did not answer within 10 seconds". */
  outcome: string;
  /** The resource page, where it can be edited. */
  resourceUrl: string;
}

/** To whoever added a resource: its external link failed the weekly check. Sent once per link. */
export function renderBrokenLink(m: BrokenLinkMail, links: FooterLinks): RenderedMail {
  const subject = `A link in the knowledge bank may be broken: ${m.resourceTitle}`;
  const html = layout({
    title: subject,
    links,
    bodyHtml: `${h1('This link may be broken')}
<p>Hello ${escapeHtml(m.ownerName)},</p>
<p>The weekly check of links in the knowledge bank could not open the link of “${escapeHtml(m.resourceTitle)}”, which you added.</p>
<p><strong>Link:</strong> ${escapeHtml(m.link)}<br><strong>What happened:</strong> ${escapeHtml(m.outcome)}</p>
<p>If the page has moved, edit the resource to give its new address. Readers see “this link may be broken” until the link works again.</p>
${button(m.resourceUrl, 'Open the resource')}`,
  });
  const text = `This link may be broken

Hello ${m.ownerName},

The weekly check of links in the knowledge bank could not open the link of “${m.resourceTitle}”, which you added.

Link: ${m.link}
What happened: ${m.outcome}

If the page has moved, edit the resource to give its new address. Readers see “this link may be broken” until the link works again.

Open the resource: ${m.resourceUrl}
${textFooter(links)}`;
  return { subject, html, text };
}
