import { button, escapeHtml, h1, layout, londonDate, textFooter, type FooterLinks, type RenderedMail } from '../layout';
import { when, type MeetingFacts } from './agenda';

export interface SupplementMail {
  meeting: MeetingFacts;
  /** The paper's title and the agenda item it was added to. */
  paperTitle: string;
  itemTitle: string;
}

/**
 * To members who already had the agenda pack: a paper was added to an item since. One note per
 * paper; the paper itself is on the meeting page, behind sign-in, so a restricted one never
 * travels in an email.
 */
export function renderAgendaSupplement(m: SupplementMail, links: FooterLinks): RenderedMail {
  const subject = `Supplement to the agenda: ${m.meeting.groupName}, ${londonDate(m.meeting.startsAt)}`;
  const html = layout({
    title: subject,
    links,
    bodyHtml: `${h1('A paper has been added to the agenda')}
<p>Since you received the agenda pack for ${escapeHtml(m.meeting.groupName)} on ${escapeHtml(when(m.meeting))}, a supplementary paper has been added.</p>
<p><strong>Paper:</strong> ${escapeHtml(m.paperTitle)}<br><strong>Agenda item:</strong> ${escapeHtml(m.itemTitle)}</p>
${button(m.meeting.url, 'Read it on the meeting page')}`,
  });
  const text = `A paper has been added to the agenda

Since you received the agenda pack for ${m.meeting.groupName} on ${when(m.meeting)}, a supplementary paper has been added.

Paper: ${m.paperTitle}
Agenda item: ${m.itemTitle}

Read it on the meeting page: ${m.meeting.url}
${textFooter(links)}`;
  return { subject, html, text };
}
