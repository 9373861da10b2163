import { button, escapeHtml, h1, layout, link, textFooter, type FooterLinks, type RenderedMail } from '../layout';

export interface BankSearchResource {
  title: string;
  /** "Report, 2024" */
  facts: string;
  /** Organisations and outside authors, joined. */
  authors: string;
  summary: string;
  url: string;
}

export interface BankSearchMail {
  partnershipName: string;
  /** The saved search's name, e.g. "housing, Report". */
  searchLabel: string;
  resources: BankSearchResource[];
  /** New matches beyond those listed. */
  more: number;
  /** The finder with the saved search's query. */
  searchUrl: string;
}

/**
 * A saved search's new matches since the last email. The resources listed are only those the
 * recipient may open (the handler asks the policy layer); the unsubscribe link in the footer
 * stops this one saved search.
 */
export function renderBankSearch(m: BankSearchMail, links: FooterLinks): RenderedMail {
  const count = m.resources.length + m.more;
  const subject = `${count} new ${count === 1 ? 'resource matches' : 'resources match'} “${m.searchLabel}”`;
  const items = m.resources
    .map((r) => `<li style="margin:0 0 12px;">${link(r.url, r.title)}<br><span style="color:#505a5f;">${escapeHtml(r.facts)}${r.authors ? ` · ${escapeHtml(r.authors)}` : ''}</span>${r.summary ? `<br>${escapeHtml(r.summary)}` : ''}</li>`)
    .join('');
  const html = layout({
    title: subject,
    links,
    bodyHtml: `${h1('New in the knowledge bank')}
<p>${count === 1 ? 'A resource has' : `${count} resources have`} been added to the ${escapeHtml(m.partnershipName)} knowledge bank that match your saved search “${escapeHtml(m.searchLabel)}”.</p>
<ul style="padding-left:20px;">${items}</ul>
${m.more ? `<p>And ${m.more} more.</p>` : ''}
${button(m.searchUrl, 'See every match')}`,
  });
  const text = `New in the knowledge bank

${count === 1 ? 'A resource has' : `${count} resources have`} been added to the ${m.partnershipName} knowledge bank that match your saved search “${m.searchLabel}”.

${m.resources.map((r) => `- ${r.title}\n  ${r.facts}${r.authors ? ` · ${r.authors}` : ''}\n  ${r.url}`).join('\n\n')}
${m.more ? `\nAnd ${m.more} more.\n` : ''}
See every match: ${m.searchUrl}
${textFooter(links)}`;
  return { subject, html, text };
}
