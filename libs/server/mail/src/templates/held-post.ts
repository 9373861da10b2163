import { button, escapeHtml, h1, layout, textFooter, type FooterLinks, type RenderedMail } from '../layout';

export interface HeldPostMail {
  forumName: string;
  /** Why it waits: a new guest's first post, or possible personal data. */
  reason: 'FIRST_POST' | 'PERSONAL_DATA';
  /** The moderators' queue in the web client. */
  url: string;
}

const WHY = {
  FIRST_POST: 'It is a first post from a new guest, and this forum holds those for approval.',
  PERSONAL_DATA: 'It may name someone (the personal-data guard found something that looks like an identifier).',
};

/**
 * To a forum's moderators: a post waits for approval. Nothing of the post travels in the email
 * (not its words, its title or its author): it may be the very thing that must not be sent.
 */
export function renderHeldPost(m: HeldPostMail, links: FooterLinks): RenderedMail {
  const subject = `A post is waiting for approval in ${m.forumName}`;
  const html = layout({
    title: subject,
    links,
    bodyHtml: `${h1('A post is waiting for approval')}
<p>A post in ${escapeHtml(m.forumName)} is held until a moderator approves it. ${escapeHtml(WHY[m.reason])}</p>
${button(m.url, 'Review it')}`,
  });
  const text = `A post is waiting for approval

A post in ${m.forumName} is held until a moderator approves it. ${WHY[m.reason]}

Review it: ${m.url}
${textFooter(links)}`;
  return { subject, html, text };
}
