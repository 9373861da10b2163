import { holdsControlCharacters } from './single-line';

describe('single-line names and titles', () => {
  it('refuses line breaks, controls, separators and bidirectional overrides', () => {
    for (const bad of ['Amina\nBcc: x@example.org', 'tab\there', 'cr\rlf', '\u0085next line', 'sep\u2028arator', 'para\u2029', 'evil\u202Egnp.exe', 'iso\u2066late', 'del\u007f', 'nul\u0000']) {
      expect([JSON.stringify(bad), holdsControlCharacters(bad)]).toEqual([JSON.stringify(bad), true]);
    }
  });

  it('accepts ordinary names in any script', () => {
    for (const ok of ['Amina Yusuf', 'Siân O’Connor-Jones', 'محمد علي', 'Олена Петренко', '陈小明', 'Zoë — ESOL lead', 'Café & Co. (Walsall)']) {
      expect([ok, holdsControlCharacters(ok)]).toEqual([ok, false]);
    }
  });
});
