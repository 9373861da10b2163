import { mentionedIds, plainText, renderMarkdown } from './markdown';

const ID = '0b5f6c9e-4a7e-4d0e-9d39-3f0d9a1b2c3d';

describe('markdown', () => {
  it.each([
    ['**bold** and _italic_', '<p><strong>bold</strong> and <em>italic</em></p>\n'],
    ['<script>alert(1)</script>hi', 'hi'],
    ['[x](javascript:alert(1))', '<p><a rel="nofollow noopener noreferrer">x</a></p>\n'],
    ['# Heading', '<h3>Heading</h3>\n'],
    [`Thanks @[Amina <b>Yusuf</b>](${ID})`, `<p>Thanks <span data-mention="${ID}" class="mention">@Amina &lt;b&gt;Yusuf&lt;/b&gt;</span></p>\n`],
    ['<img src=x onerror=alert(1)>', ''],
  ])('renders %j safely', (markdown, html) => {
    expect(renderMarkdown(markdown)).toBe(html);
  });

  it('reads the same text as plain words, for excerpts and snippets', () => {
    expect(plainText(`**Beds** at the [shelter](https://example.org) — thanks @[Amina Yusuf](${ID})!\n\n- one\n- two`)).toBe('Beds at the shelter — thanks @Amina Yusuf! one two');
    expect(plainText('Tom & Jerry <3')).toBe('Tom & Jerry <3');
    expect(plainText('a '.repeat(50), 20)).toBe('a a a a a a a a a a…');
  });

  it('lists each mentioned person once, at most 20', () => {
    expect(mentionedIds(`@[A](${ID}) and @[A again](${ID.toUpperCase()})`)).toEqual([ID]);
  });
});
