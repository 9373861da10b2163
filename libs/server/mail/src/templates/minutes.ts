import { button, escapeHtml, h1, h2, layout, londonDate, textFooter, type FooterLinks, type RenderedMail } from '../layout';
import { actionsHtml, actionsText, pdfHtml, pdfText, type PackAction, type PdfLink } from './agenda';

export interface MinutesMail {
  state: 'CIRCULATED' | 'APPROVED';
  groupName: string;
  meetingTitle: string;
  meetingDate: Date;
  decisions: string[];
  actions: PackAction[];
  url: string;
  /** For approved minutes: the meeting that approved them. */
  approvedAtMeetingDate: Date | null;
  /** Approved minutes as one PDF, once built. */
  pdf?: PdfLink | null;
}

/** Minutes circulated for comment, or approved: the decisions and the actions with owners and dates. */
export function minutesMail(m: MinutesMail): (links: FooterLinks) => RenderedMail {
  const circulated = m.state === 'CIRCULATED';
  const subject = `${circulated ? 'Draft minutes for comment' : 'Approved minutes'}: ${m.groupName}, ${londonDate(m.meetingDate)}`;
  const lead = circulated
    ? `The draft minutes of ${m.groupName} on ${londonDate(m.meetingDate)} are ready. Please read them and add any comments before they are approved.`
    : `The minutes of ${m.groupName} on ${londonDate(m.meetingDate)} were approved${m.approvedAtMeetingDate ? ` at the meeting on ${londonDate(m.approvedAtMeetingDate)}` : ''}.`;
  const decisionsHtml = m.decisions.length ? `<ul>${m.decisions.map((d) => `<li>${escapeHtml(d)}</li>`).join('\n')}</ul>` : '<p>No decisions were recorded.</p>';
  const decisionsText = m.decisions.length ? m.decisions.map((d) => `- ${d}`).join('\n') : 'No decisions were recorded.';
  const bodyHtml = `${h1(`${m.groupName}: ${m.meetingTitle}`)}
<p>${escapeHtml(lead)}</p>
${button(m.url, circulated ? 'Read and comment' : 'Read the minutes')}
${m.pdf ? `${pdfHtml(m.pdf, 'the minutes')}\n` : ''}${h2('Decisions')}
${decisionsHtml}
${h2('Actions')}
${actionsHtml(m.actions, 'No actions were recorded.')}`;
  const bodyText = `${m.groupName}: ${m.meetingTitle}

${lead}
${circulated ? 'Read and comment' : 'Read the minutes'}: ${m.url}
${pdfText(m.pdf, 'the minutes')}
DECISIONS
${decisionsText}

ACTIONS
${actionsText(m.actions, 'No actions were recorded.')}
`;
  return (links) => ({ subject, html: layout({ title: subject, bodyHtml, links }), text: bodyText + textFooter(links) });
}

export interface ActionReminderMail {
  kind: 'due-soon' | 'overdue';
  title: string;
  groupName: string;
  dueDate: string;
  url: string;
}

export function renderActionReminder(m: ActionReminderMail, links: FooterLinks): RenderedMail {
  const soon = m.kind === 'due-soon';
  const subject = `${soon ? 'Action due' : 'Action overdue'}: ${m.title}`;
  const lead = soon ? `Your action for ${m.groupName} is due on ${londonDate(m.dueDate)}.` : `Your action for ${m.groupName} was due on ${londonDate(m.dueDate)} and is not marked done.`;
  const html = layout({
    title: subject,
    links,
    bodyHtml: `${h1(soon ? 'An action is due soon' : 'An action is overdue')}
<p>${escapeHtml(lead)}</p>
<p><strong>${escapeHtml(m.title)}</strong></p>
<p>Add a progress note or mark it done, so the group sees where it stands under matters arising.</p>
${button(m.url, 'Update the action')}`,
  });
  const text = `${soon ? 'An action is due soon' : 'An action is overdue'}

${lead}
${m.title}

Add a progress note or mark it done, so the group sees where it stands under matters arising.
Update the action: ${m.url}
${textFooter(links)}`;
  return { subject, html, text };
}
