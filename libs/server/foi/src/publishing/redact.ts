/**
 * Takes personal data out of text before it is published: email addresses, telephone numbers,
 * the names it is told about (the partnership's people and the directory's contacts), and the
 * signature under a letter's closing ("Yours faithfully, …"), where an officer's name goes.
 */
const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
// UK numbers as people write them: 0121 303 1234, +44 (0)121 3031234, 07700 900123.
const PHONE = /(?:\+44\s?(?:\(0\)\s?)?|\b0)(?:\d[\s-]?){9,10}\b/g;
const CLOSING = /^(\s*(?:yours\s+(?:faithfully|sincerely|truly)|kind\s+regards|best\s+wishes|regards|many\s+thanks|with\s+thanks)[,.!]?\s*)$/im;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function redactor(names: string[]): (text: string) => string {
  // Longest first, so "Amira Haddad" goes before a shorter name inside it; whole names only (at least two letters).
  const known = [...new Set(names.map((n) => n.trim()).filter((n) => n.replace(/[^\p{L}]/gu, '').length >= 2))].sort((a, b) => b.length - a.length);
  const pattern = known.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${known.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu') : null;
  return (text) => {
    let out = text.replace(EMAIL, '[email address removed]').replace(PHONE, '[telephone number removed]');
    if (pattern) out = out.replace(pattern, '[name removed]');
    const closing = CLOSING.exec(out);
    if (closing) out = `${out.slice(0, closing.index + closing[0].length).trimEnd()}\n[name removed]`;
    return out;
  };
}
