import { PLAIN_MENTION_FOR_TESTS } from './mentions';

describe('plain @mentions', () => {
  const match = (text: string) => [...text.matchAll(PLAIN_MENTION_FOR_TESTS)].map((m) => m[1]);

  it('finds "@Full Name" words, but not email addresses, picked mentions or words with @ inside', () => {
    expect(match('Thanks @Amina Yusuf for the figures')).toEqual(['Amina Yusuf for the figures']);
    expect(match('@Siân O’Brien-Jones said so')).toEqual(['Siân O’Brien-Jones said so']);
    expect(match('write to amina@example.org')).toEqual([]);
    expect(match('as @[Amina Yusuf](0b5f6c9e-4a7e-4d0e-9d39-3f0d9a1b2c3d) said')).toEqual([]);
    expect(match('(@Amina) and @ alone')).toEqual(['Amina']);
  });
});
