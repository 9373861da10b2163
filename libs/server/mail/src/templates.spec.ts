import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { headerSafe } from './mailer';
import { renderInvitation } from './templates/invitation';
import { renderPasswordReset } from './templates/password-reset';
import { renderSignInLink } from './templates/sign-in-link';
import { renderEmailConfirmation } from './templates/email-confirmation';
import { agendaPackMail, renderAgendaReminder, renderAgendaUpdated, type MeetingFacts } from './templates/agenda';
import { renderMeetingCancelled, renderMeetingMoved } from './templates/meeting-changes';
import { excerpt, renderForumDigest, renderMentions } from './templates/forums';
import { minutesMail, renderActionReminder } from './templates/minutes';
import { renderAgendaSupplement } from './templates/supplement';

/** Golden fixtures: a template change shows up as a diff in review. Set UPDATE_GOLDEN=1 to rewrite. */
function golden(name: string, actual: string): void {
  const file = join(__dirname, '__fixtures__', name);
  if (process.env.UPDATE_GOLDEN === '1' || (!existsSync(file) && !process.env.CI)) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('email templates', () => {
  const invitation = renderInvitation({
    partnershipName: 'West Midlands <Partnership> & Friends',
    inviterName: 'Tom "the coordinator" Haddad',
    role: 'MEMBER',
    acceptUrl: 'http://localhost:4200/invitation#token=cvi_example',
    expiresAt: new Date('2026-12-06T12:00:00Z'),
  });

  it('invitation into a group: says which group, and as what', () => {
    const mail = renderInvitation({ partnershipName: 'WMSMP', inviterName: 'Sam Patel', role: 'MEMBER', acceptUrl: 'http://localhost:4200/invitation#token=cvi_example', expiresAt: new Date('2026-12-06T12:00:00Z'), groupName: 'Destitution <Steering> Group', groupRole: 'OBSERVER' });
    expect(mail.text).toContain('Sam Patel has invited you to join WMSMP as a member, and Destitution <Steering> Group as an observer.');
    expect(mail.html).toContain('as a member, and Destitution &lt;Steering&gt; Group as an observer.</p>');
  });

  it('invitation: accessible HTML and plain text, matching the golden fixtures', () => {
    expect(invitation.html).toMatch(/<html lang="en">/);
    expect(invitation.html).toContain('West Midlands &lt;Partnership&gt; &amp; Friends');
    expect(invitation.html).not.toContain('<Partnership>');
    expect(invitation.text).toContain('expires on 6 December 2026');
    golden('invitation.html', invitation.html);
    golden('invitation.txt', invitation.text);
  });

  it('password reset matches the golden fixtures', () => {
    const reset = renderPasswordReset({ name: 'Grace', resetUrl: 'http://localhost:4200/reset-password#token=cvr_example', minutesValid: 60 });
    golden('password-reset.html', reset.html);
    golden('password-reset.txt', reset.text);
  });

  it('sign-in link matches the golden fixtures, its link in the fragment', () => {
    const link = renderSignInLink({ name: 'Grace <G>', signInUrl: 'http://localhost:4200/sign-in/link#token=cvl_example', minutesValid: 15 });
    expect(link.html).toContain('Grace &lt;G&gt;');
    expect(link.text).toContain('works once, for 15 minutes');
    golden('sign-in-link.html', link.html);
    golden('sign-in-link.txt', link.text);
  });

  it('email confirmation matches the golden fixtures', () => {
    const confirmation = renderEmailConfirmation({ partnershipName: 'West Midlands <Partnership>', confirmUrl: 'http://localhost:4200/confirm-email#token=cve_example', hoursValid: 72 });
    expect(confirmation.html).toContain('West Midlands &lt;Partnership&gt;');
    golden('email-confirmation.html', confirmation.html);
    golden('email-confirmation.txt', confirmation.text);
  });

  const links = { unsubscribeUrl: 'http://localhost:4200/email/unsubscribe/cvu_example', preferencesUrl: 'http://localhost:4200/email/preferences/cvu_example' };
  // 10:00 London in winter (GMT) and in summer (BST) must both read 10:00.
  const meeting: MeetingFacts = {
    groupName: 'Destitution Steering Group',
    title: 'Steering group <January>',
    startsAt: new Date('2027-01-12T10:00:00Z'),
    endsAt: new Date('2027-01-12T12:00:00Z'),
    location: 'Council House, Committee Room 2',
    onlineUrl: 'https://meet.example.org/dsg',
    url: 'http://localhost:4200/meetings/m1',
  };

  it('agenda pack: items, papers, inputs threads, the assessment table and matters arising, in both parts', () => {
    const pack = agendaPackMail({
      meeting,
      version: 2,
      changeNote: 'Added the housing item.',
      items: [
        { title: 'Welcome and apologies', description: '', presenter: 'Amina Rahman', minutesAllotted: 5, papers: [], inputsThreadUrl: null },
        { title: 'Winter shelter capacity', description: 'Beds for people with <no> recourse.', presenter: null, minutesAllotted: 20, papers: [{ title: 'Shelter audit', url: 'https://example.org/audit.pdf' }], inputsThreadUrl: 'http://localhost:4200/forums/f1/threads/t1' },
      ],
      assessment: [{ theme: 'HOUSING', kind: 'RISK', rating: 'RED', direction: 'WORSENING', summary: 'Evictions rising', evidence: '41 referrals', source: 'Charity' }],
      mattersArising: [{ title: 'Map emergency accommodation', owner: 'Amina Rahman', dueDate: '2027-01-05', status: 'OPEN' }],
    })(links);
    expect(pack.subject).toBe('Agenda pack: Destitution Steering Group, 12 January 2027');
    expect(pack.html).toContain('Tuesday 12 January 2027, 10:00 to 12:00');
    expect(pack.html).toContain('&lt;no&gt; recourse');
    expect(pack.html).toContain('<th scope="col"');
    expect(pack.text).toContain('Send your inputs: http://localhost:4200/forums/f1/threads/t1');
    expect(pack.text).toContain('Stop these emails: http://localhost:4200/email/unsubscribe/cvu_example');
    golden('agenda-pack.html', pack.html);
    golden('agenda-pack.txt', pack.text);
    const summer = agendaPackMail({ meeting: { ...meeting, startsAt: new Date('2027-07-13T09:00:00Z'), endsAt: new Date('2027-07-13T11:00:00Z') }, version: 1, changeNote: null, items: [], assessment: [], mattersArising: [] })(links);
    expect(summer.text).toContain('Tuesday 13 July 2027, 10:00 to 12:00');
  });

  it('a supplement note names the paper and its item, escaped in HTML, and matches the golden fixtures', () => {
    const note = renderAgendaSupplement({ meeting, paperTitle: 'Shelter <costs> & beds', itemTitle: 'Winter shelter' }, links);
    expect(note.subject).toBe('Supplement to the agenda: Destitution Steering Group, 12 January 2027');
    expect(note.html).toContain('Shelter &lt;costs&gt; &amp; beds');
    golden('agenda-supplement.html', note.html);
    golden('agenda-supplement.txt', note.text);
  });

  it('agenda updates and reminders match the golden fixtures', () => {
    const updated = renderAgendaUpdated({ meeting, version: 3, changeNote: 'Moved the shelter item first.' }, links);
    golden('agenda-updated.html', updated.html);
    golden('agenda-updated.txt', updated.text);
    const reminder = renderAgendaReminder({ meeting, packDays: 7 }, links);
    expect(reminder.subject).toBe('Agenda not published yet: Destitution Steering Group, 12 January 2027');
    golden('agenda-reminder.txt', reminder.text);
  });

  it('meeting moved and cancelled carry the new time and the reason, and match the golden fixtures', () => {
    const moved = renderMeetingMoved({ meeting: { ...meeting, startsAt: new Date('2027-01-19T14:00:00Z'), endsAt: new Date('2027-01-19T16:00:00Z') }, reason: 'The room <flooded>' }, links);
    expect(moved.subject).toBe('Meeting moved: Destitution Steering Group, now 19 January 2027');
    expect(moved.text).toContain('now takes place on Tuesday 19 January 2027, 14:00 to 16:00');
    expect(moved.text).toContain('Why: The room <flooded>');
    expect(moved.html).toContain('The room &lt;flooded&gt;');
    golden('meeting-moved.html', moved.html);
    golden('meeting-moved.txt', moved.text);
    const cancelled = renderMeetingCancelled({ meeting, reason: 'Clashes with the regional conference' }, links);
    expect(cancelled.subject).toBe('Meeting cancelled: Destitution Steering Group, 12 January 2027');
    expect(cancelled.text).toContain('Why: Clashes with the regional conference');
    expect(cancelled.text).not.toMatch(/send your apologies/);
    golden('meeting-cancelled.html', cancelled.html);
    golden('meeting-cancelled.txt', cancelled.text);
  });

  it('minutes list the decisions and the actions with owners and due dates', () => {
    const render = minutesMail({
      state: 'APPROVED',
      groupName: 'Destitution Steering Group',
      meetingTitle: 'Steering group',
      meetingDate: meeting.startsAt,
      decisions: ['Write to the Home Office about move-on periods'],
      actions: [{ title: 'Draft the letter', owner: 'Amina Rahman', dueDate: '2027-02-01', status: 'OPEN' }],
      url: 'http://localhost:4200/meetings/m1#minutes',
      approvedAtMeetingDate: new Date('2027-02-23T10:00:00Z'),
    });
    const approved = render(links);
    expect(approved.text).toContain('- Draft the letter (Amina Rahman, due 1 February 2027, Open)');
    golden('minutes-approved.html', approved.html);
    golden('minutes-approved.txt', approved.text);
    golden('action-reminder.txt', renderActionReminder({ kind: 'overdue', title: 'Draft the letter', groupName: 'Destitution Steering Group', dueDate: '2027-02-01', url: 'http://localhost:4200/actions' }, links).text);
  });

  it('forum digests and mentions match the golden fixtures; excerpts are plain text', () => {
    const digest = renderForumDigest(
      {
        frequency: 'DAILY',
        forumsUrl: 'http://localhost:4200/forums',
        forums: [{ name: 'Housing', threads: [{ title: 'Move-on period', url: 'http://localhost:4200/forums/f/threads/t', more: 2, posts: [{ author: 'Sam', excerpt: 'Anyone seen <b>this</b>?', at: new Date('2027-01-12T15:04:00Z') }] }] }],
      },
      links,
    );
    expect(digest.subject).toBe('Forum digest: 3 new posts today');
    expect(digest.html).toContain('Anyone seen &lt;b&gt;this&lt;/b&gt;?');
    golden('forum-digest.html', digest.html);
    golden('forum-digest.txt', digest.text);
    golden('mentions.txt', renderMentions([{ author: 'Sam', forumName: 'Housing', threadTitle: 'Move-on period', excerpt: 'Thanks @Amina', url: 'http://localhost:4200/forums/f/threads/t' }], links).text);
    expect(excerpt('**Thanks** @[Amina Rahman](0b6c1c34-5f8e-4d2a-9c1b-2f6f0f7e8a90), see [the audit](https://x.org)')).toBe('Thanks @Amina Rahman, see the audit');
    expect(excerpt('a'.repeat(300))).toHaveLength(200);
  });

  it('strips CR/LF so a name or subject cannot inject a header', () => {
    expect(headerSafe('Hello\r\nBcc: victim@example.org')).toBe('Hello Bcc: victim@example.org');
    expect(headerSafe('Tab\tand\u0000null')).toBe('Tab and null');
  });
});
