import { button, escapeHtml, h1, layout, londonDate, textFooter, type FooterLinks, type RenderedMail } from '../layout';
import { when, type MeetingFacts } from './agenda';

const whereLines = (m: MeetingFacts) => [m.location ? `Where: ${m.location}` : '', m.onlineUrl ? `Online: ${m.onlineUrl}` : ''].filter(Boolean);

/** To members: the meeting has a new time (or place), with the reason; the calendar update is attached. */
export function renderMeetingMoved(m: { meeting: MeetingFacts; reason: string | null }, links: FooterLinks): RenderedMail {
  const { meeting } = m;
  const subject = `Meeting moved: ${meeting.groupName}, now ${londonDate(meeting.startsAt)}`;
  const where = whereLines(meeting);
  const html = layout({
    title: subject,
    links,
    bodyHtml: `${h1('The meeting has moved')}
<p>${escapeHtml(meeting.groupName)}: ${escapeHtml(meeting.title)} now takes place on <strong>${escapeHtml(when(meeting))}</strong>.</p>
${where.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n')}
${m.reason ? `<p><strong>Why:</strong> ${escapeHtml(m.reason)}</p>` : ''}
<p>The attached calendar file updates the entry in your calendar. If you can no longer come, send your apologies from the meeting page.</p>
${button(meeting.url, 'Open the meeting')}`,
  });
  const text = `The meeting has moved

${meeting.groupName}: ${meeting.title} now takes place on ${when(meeting)}.
${where.map((line) => `${line}\n`).join('')}${m.reason ? `Why: ${m.reason}\n` : ''}
The attached calendar file updates the entry in your calendar. If you can no longer come, send your apologies from the meeting page.

Open the meeting: ${meeting.url}
${textFooter(links)}`;
  return { subject, html, text };
}

/** To members: the meeting will not take place, with the reason; the attached file removes it from calendars. */
export function renderMeetingCancelled(m: { meeting: MeetingFacts; reason: string | null }, links: FooterLinks): RenderedMail {
  const { meeting } = m;
  const subject = `Meeting cancelled: ${meeting.groupName}, ${londonDate(meeting.startsAt)}`;
  const html = layout({
    title: subject,
    links,
    bodyHtml: `${h1('The meeting is cancelled')}
<p>${escapeHtml(meeting.groupName)}: ${escapeHtml(meeting.title)} on ${escapeHtml(when(meeting))} will not take place.</p>
${m.reason ? `<p><strong>Why:</strong> ${escapeHtml(m.reason)}</p>` : ''}
<p>The attached calendar file removes it from your calendar. There is no need to send apologies.</p>
${button(meeting.url, 'Open the meeting')}`,
  });
  const text = `The meeting is cancelled

${meeting.groupName}: ${meeting.title} on ${when(meeting)} will not take place.
${m.reason ? `Why: ${m.reason}\n` : ''}
The attached calendar file removes it from your calendar. There is no need to send apologies.

Open the meeting: ${meeting.url}
${textFooter(links)}`;
  return { subject, html, text };
}
