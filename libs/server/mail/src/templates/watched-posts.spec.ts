import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderWatchedPosts } from './watched-posts';

/** Golden fixtures beside the other templates'; UPDATE_GOLDEN=1 rewrites them. */
function golden(name: string, actual: string): void {
  const file = join(__dirname, '..', '__fixtures__', name);
  if (process.env.UPDATE_GOLDEN === '1' || (!existsSync(file) && !process.env.CI)) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

const links = { unsubscribeUrl: 'http://localhost:4200/email/unsubscribe/uns_example', preferencesUrl: 'http://localhost:4200/email/preferences/uns_example' };
const at = new Date('2026-12-07T14:05:00Z');

describe('watched posts email', () => {
  it('lists each watched thread’s new posts, escaped, with a link to each post', () => {
    const mail = renderWatchedPosts(
      {
        threads: [
          {
            forumName: 'Housing <Leads>',
            title: 'Move-on & hotels',
            url: 'http://localhost:4200/forums/f/threads/t',
            posts: [
              { author: 'Sam Okafor', excerpt: 'The council has <b>extended</b> the move-on period.', at, url: 'http://localhost:4200/forums/f/threads/t#post-1' },
              { author: 'Priya Shah', excerpt: 'Thanks, that helps.', at, url: 'http://localhost:4200/forums/f/threads/t#post-2' },
            ],
          },
        ],
        forumsUrl: 'http://localhost:4200/forums',
      },
      links,
    );
    expect(mail.subject).toBe('2 new posts in “Move-on & hotels”');
    expect(mail.html).toContain('Housing &lt;Leads&gt;');
    expect(mail.html).not.toContain('<b>extended</b>');
    expect(mail.text).toContain('- Sam Okafor at');
    expect(mail.text).toContain('http://localhost:4200/forums/f/threads/t#post-1');
    golden('watched-posts.html', mail.html);
    golden('watched-posts.txt', mail.text);
  });

  it('names the count of threads when several are in one email', () => {
    const thread = (title: string) => ({ forumName: 'Advice', title, url: 'u', posts: [{ author: 'A', excerpt: 'e', at, url: 'u#p' }] });
    expect(renderWatchedPosts({ threads: [thread('One'), thread('Two')], forumsUrl: 'f' }, links).subject).toBe('2 new posts in threads you watch');
  });
});
