import { button, escapeHtml, h1, layout, londonDate, type RenderedMail } from '../layout';

/** Plain text as HTML paragraphs, line breaks kept. */
const paragraphs = (text: string) =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p style="margin:0 0 16px;white-space:pre-wrap;">${escapeHtml(p.trim())}</p>`)
    .join('\n');

export interface FoiLetterMail {
  partnershipName: string;
  subject: string;
  /** The letter as filled in for this authority. */
  letter: string;
}

/** The request itself, to an authority's FOI address: the letter, nothing added but who sent it. */
export function renderFoiLetter(m: FoiLetterMail): RenderedMail {
  const html = layout({
    title: m.subject,
    bodyHtml: paragraphs(m.letter),
    footer: `Sent by ${m.partnershipName}. Please reply to this email with your response.`,
  });
  return { subject: m.subject, html, text: `${m.letter.trim()}\n` };
}

export interface FoiRequestLine {
  authority: string;
  status: string;
  /** "3 working days left", "2 working days overdue". */
  clock: string;
  url: string;
}

export interface FoiReminderMail {
  coordinatorName: string;
  campaignTitle: string;
  dueOn: string;
  requests: FoiRequestLine[];
  campaignUrl: string;
}

const list = (requests: FoiRequestLine[]) => `<ul>${requests.map((r) => `<li><a href="${escapeHtml(r.url)}" style="color:#1d70b8;">${escapeHtml(r.authority)}</a>: ${escapeHtml(r.clock)}</li>`).join('')}</ul>`;
const textList = (requests: FoiRequestLine[]) => requests.map((r) => `- ${r.authority}: ${r.clock}\n  ${r.url}`).join('\n');

/** To the coordinator, a few working days before requests fall due. */
export function renderFoiChaser(m: FoiReminderMail): RenderedMail {
  const n = m.requests.length;
  const subject = `FOI answers due ${londonDate(m.dueOn)}: ${m.campaignTitle}`;
  const intro = `${n} ${n === 1 ? 'authority has' : 'authorities have'} not answered “${m.campaignTitle}” yet, and the statutory deadline is ${londonDate(m.dueOn)}.`;
  const html = layout({
    title: subject,
    bodyHtml: `${h1('FOI answers due soon')}
<p>Hello ${escapeHtml(m.coordinatorName)},</p>
<p>${escapeHtml(intro)}</p>
${list(m.requests)}
<p>You may want to send a polite reminder to their FOI teams. If an answer has come in, record it on the request.</p>
${button(m.campaignUrl, 'Open the campaign')}`,
  });
  const text = `FOI answers due soon

Hello ${m.coordinatorName},

${intro}

${textList(m.requests)}

You may want to send a polite reminder to their FOI teams. If an answer has come in, record it on the request.

Open the campaign: ${m.campaignUrl}
`;
  return { subject, html, text };
}

export interface FoiOverdueMail extends FoiReminderMail {
  /** A drafted internal-review request, with the authority left as {{authority}}. */
  reviewDraft: string;
}

/** To the coordinator, once requests are past their due date: the overdue list and an internal-review draft. */
export function renderFoiOverdue(m: FoiOverdueMail): RenderedMail {
  const n = m.requests.length;
  const subject = `FOI requests overdue: ${m.campaignTitle}`;
  const intro = `${n} ${n === 1 ? 'authority has' : 'authorities have'} not answered “${m.campaignTitle}” by the statutory deadline of ${londonDate(m.dueOn)}.`;
  const html = layout({
    title: subject,
    bodyHtml: `${h1('FOI requests overdue')}
<p>Hello ${escapeHtml(m.coordinatorName)},</p>
<p>${escapeHtml(intro)}</p>
${list(m.requests)}
<p>A late answer is grounds to ask for an internal review. Each request’s page offers the letter below with the authority filled in; after the review, you may complain to the Information Commissioner’s Office.</p>
<blockquote style="margin:0 0 16px;padding:0 0 0 12px;border-left:4px solid #b1b4b6;">${paragraphs(m.reviewDraft)}</blockquote>
${button(m.campaignUrl, 'Open the campaign')}`,
  });
  const text = `FOI requests overdue

Hello ${m.coordinatorName},

${intro}

${textList(m.requests)}

A late answer is grounds to ask for an internal review. Each request's page offers this letter with the authority filled in; after the review, you may complain to the Information Commissioner's Office.

${m.reviewDraft.trim()}

Open the campaign: ${m.campaignUrl}
`;
  return { subject, html, text };
}
