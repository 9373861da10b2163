import { escapeHtml, h1, h2, layout, link, londonTime, textFooter, type FooterLinks, type RenderedMail } from '../layout';

export interface WatchedPost {
  author: string;
  excerpt: string;
  at: Date;
  /** The post itself, in its thread. */
  url: string;
}

export interface WatchedThread {
  forumName: string;
  title: string;
  url: string;
  posts: WatchedPost[];
}

export interface WatchedPostsMail {
  threads: WatchedThread[];
  /** Where the reader changes what they watch. */
  forumsUrl: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** New posts in the threads and forums a person watches, a few minutes after they were written. */
export function renderWatchedPosts(m: WatchedPostsMail, links: FooterLinks): RenderedMail {
  const count = m.threads.reduce((n, t) => n + t.posts.length, 0);
  const only = m.threads.length === 1 ? m.threads[0] : null;
  const subject = only ? `${plural(count, 'new post', 'new posts')} in “${only.title}”` : `${plural(count, 'new post', 'new posts')} in threads you watch`;
  const html = layout({
    title: subject,
    links,
    bodyHtml: `${h1('New in what you watch')}
${m.threads
  .map(
    (t) => `${h2(`${t.forumName}: ${t.title}`)}
<ul>${t.posts.map((p) => `<li style="margin:0 0 12px;"><strong>${escapeHtml(p.author)}</strong> at ${link(p.url, londonTime(p.at))}<br>${escapeHtml(p.excerpt)}</li>`).join('\n')}</ul>
<p style="margin:0;">${link(t.url, 'Open the thread')}</p>`,
  )
  .join('\n')}
<p style="color:#505a5f;">You get these because you watch these threads or their forum. ${link(m.forumsUrl, 'Change what you watch')} in the forums.</p>`,
  });
  const text = `New in what you watch

${m.threads.map((t) => `${t.forumName}: ${t.title}\n${t.url}\n${t.posts.map((p) => `- ${p.author} at ${londonTime(p.at)}: ${p.excerpt}\n  ${p.url}`).join('\n')}`).join('\n\n')}

You get these because you watch these threads or their forum. Change what you watch in the forums: ${m.forumsUrl}
${textFooter(links)}`;
  return { subject, html, text };
}
