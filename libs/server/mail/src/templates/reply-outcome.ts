import { button, escapeHtml, layout, type RenderedMail } from '../layout';

export type ReplyOutcomeKind = 'APOLOGIES' | 'ACCEPTED' | 'MEETING_COMMENT' | 'FORUM_POST' | 'MINUTES_COMMENT' | 'FOI_CORRESPONDENCE' | 'REFUSED';

export interface ReplyOutcomeMail {
  name: string;
  outcome: ReplyOutcomeKind;
  /** What the reply answered: the meeting, thread or minutes, by its title. */
  about: string;
  /** Why nothing was done (REFUSED only), in plain words. */
  reason: string | null;
  url: string;
}

const DONE: Record<Exclude<ReplyOutcomeKind, 'REFUSED'>, string> = {
  APOLOGIES: 'We have recorded your apologies, with your message as the note.',
  ACCEPTED: 'We have recorded that you are attending.',
  MEETING_COMMENT: 'Your message has been passed to the coordinators as a comment on the agenda.',
  FORUM_POST: 'Your reply has been posted in the thread.',
  MINUTES_COMMENT: 'Your reply has been added as a comment on the minutes.',
  FOI_CORRESPONDENCE: 'Your reply has been added to the request’s correspondence.',
};

/** The short note a sender gets once per reply: what was done, or politely why not. */
export function renderReplyOutcome(m: ReplyOutcomeMail): RenderedMail {
  const refused = m.outcome === 'REFUSED';
  const subject = refused ? `We could not act on your reply: ${m.about}` : `Your reply was received: ${m.about}`;
  const said = refused ? `Sorry, we could not act on your email reply about “${m.about}”. ${m.reason ?? ''} Nothing has been posted or recorded.` : `Thank you for your email reply about “${m.about}”. ${DONE[m.outcome as Exclude<ReplyOutcomeKind, 'REFUSED'>]}`;
  const html = layout({
    title: subject,
    bodyHtml: `<p>Hello ${escapeHtml(m.name)},</p>
<p>${escapeHtml(said)}</p>
${button(m.url, refused ? 'Open Convene' : 'See it in Convene')}
<p>This is an automatic message: replies to it are not read.</p>`,
  });
  const text = `Hello ${m.name},

${said}

${m.url}

This is an automatic message: replies to it are not read.
`;
  return { subject, html, text };
}
