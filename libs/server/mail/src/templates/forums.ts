import { plainText } from '@convene/markdown';
import { button, escapeHtml, h1, h2, layout, link, londonTime, textFooter, type FooterLinks, type RenderedMail } from '../layout';

export interface DigestPost {
  author: string;
  excerpt: string;
  at: Date;
}

export interface DigestThread {
  title: string;
  url: string;
  posts: DigestPost[];
  /** Posts beyond those shown. */
  more: number;
}

export interface DigestForum {
  name: string;
  threads: DigestThread[];
}

export interface ForumDigestMail {
  frequency: 'DAILY' | 'WEEKLY';
  forums: DigestForum[];
  forumsUrl: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function renderForumDigest(m: ForumDigestMail, links: FooterLinks): RenderedMail {
  const count = m.forums.reduce((n, f) => n + f.threads.reduce((t, th) => t + th.posts.length + th.more, 0), 0);
  const period = m.frequency === 'DAILY' ? 'today' : 'this week';
  const subject = `Forum digest: ${plural(count, 'new post', 'new posts')} ${period}`;
  const forumsHtml = m.forums
    .map(
      (f) => `${h2(f.name)}
${f.threads
  .map(
    (t) => `<h3 style="font-size:16px;margin:16px 0 4px;">${link(t.url, t.title)}</h3>
<ul>${t.posts.map((p) => `<li><strong>${escapeHtml(p.author)}</strong> at ${escapeHtml(londonTime(p.at))}: ${escapeHtml(p.excerpt)}</li>`).join('\n')}</ul>${t.more ? `<p style="margin:0;color:#505a5f;">and ${plural(t.more, 'more post', 'more posts')}</p>` : ''}`,
  )
  .join('\n')}`,
    )
    .join('\n');
  const html = layout({
    title: subject,
    links,
    bodyHtml: `${h1(`New in your forums ${period}`)}
<p>${escapeHtml(plural(count, 'post', 'posts'))} you have not read yet.</p>
${forumsHtml}
${button(m.forumsUrl, 'Open the forums')}`,
  });
  const text = `New in your forums ${period}

${plural(count, 'post', 'posts')} you have not read yet.

${m.forums
  .map((f) => `${f.name.toUpperCase()}\n${f.threads.map((t) => `\n${t.title}\n${t.url}\n${t.posts.map((p) => `- ${p.author} at ${londonTime(p.at)}: ${p.excerpt}`).join('\n')}${t.more ? `\n  and ${plural(t.more, 'more post', 'more posts')}` : ''}`).join('\n')}`)
  .join('\n\n')}

Open the forums: ${m.forumsUrl}
${textFooter(links)}`;
  return { subject, html, text };
}

export interface MentionMail {
  author: string;
  forumName: string;
  threadTitle: string;
  excerpt: string;
  url: string;
}

export function renderMentions(mentions: MentionMail[], links: FooterLinks): RenderedMail {
  const subject = mentions.length === 1 ? `${mentions[0].author} mentioned you in ${mentions[0].forumName}` : `You were mentioned ${mentions.length} times in the forums`;
  const html = layout({
    title: subject,
    links,
    bodyHtml: `${h1(mentions.length === 1 ? 'You were mentioned' : `You were mentioned ${mentions.length} times`)}
<ul>${mentions.map((m) => `<li style="margin:0 0 12px;"><strong>${escapeHtml(m.author)}</strong> in ${link(m.url, `${m.forumName}: ${m.threadTitle}`)}<br>${escapeHtml(m.excerpt)}</li>`).join('\n')}</ul>`,
  });
  const text = `${mentions.length === 1 ? 'You were mentioned' : `You were mentioned ${mentions.length} times`}

${mentions.map((m) => `- ${m.author} in ${m.forumName}: ${m.threadTitle}\n  ${m.excerpt}\n  ${m.url}`).join('\n')}
${textFooter(links)}`;
  return { subject, html, text };
}

/** Markdown to a one-line plain excerpt, read by the one Markdown parser: mentions as names, links as their text. */
export function excerpt(markdown: string, max = 200): string {
  return plainText(markdown, max);
}
