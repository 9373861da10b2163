import { button, escapeHtml, layout, type RenderedMail } from '../layout';

export interface InvitationMail {
  partnershipName: string;
  inviterName: string;
  role: string;
  acceptUrl: string;
  expiresAt: Date;
  /** An invitation straight into a group: its name, and their role there. */
  groupName?: string | null;
  groupRole?: string | null;
}

const roleWords: Record<string, string> = { ADMIN: 'an admin', COORDINATOR: 'a coordinator', MEMBER: 'a member' };
const groupRoleWords: Record<string, string> = { CHAIR: 'its chair', SECRETARY: 'its secretary', MEMBER: 'a member', OBSERVER: 'an observer' };
/** ", and the Destitution Steering Group as an observer", or nothing. */
const alsoGroup = (m: InvitationMail) => (m.groupName ? `, and ${m.groupName} as ${groupRoleWords[m.groupRole ?? 'MEMBER'] ?? 'a member'}` : '');

export function renderInvitation(m: InvitationMail): RenderedMail {
  const expires = m.expiresAt.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
  const subject = `You are invited to join ${m.partnershipName} on Convene`;
  const html = layout({
    title: subject,
    bodyHtml: `<h1 style="font-size:24px;margin:0 0 16px;">You are invited to ${escapeHtml(m.partnershipName)}</h1>
<p>${escapeHtml(m.inviterName)} has invited you to join ${escapeHtml(m.partnershipName)} as ${escapeHtml(roleWords[m.role] ?? 'a member')}${escapeHtml(alsoGroup(m))}.</p>
<p>Convene is where the partnership shares meeting papers, minutes and private forums.</p>
${button(m.acceptUrl, 'Accept the invitation')}
<p>Or copy this link into your browser:<br><span style="word-break:break-all;">${escapeHtml(m.acceptUrl)}</span></p>
<p>The link works once and expires on ${escapeHtml(expires)}. If you were not expecting it, you can ignore this email.</p>`,
  });
  const text = `You are invited to ${m.partnershipName}

${m.inviterName} has invited you to join ${m.partnershipName} as ${roleWords[m.role] ?? 'a member'}${alsoGroup(m)}.

Accept the invitation:
${m.acceptUrl}

The link works once and expires on ${expires}. If you were not expecting it, you can ignore this email.
`;
  return { subject, html, text };
}
