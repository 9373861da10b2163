import { gql, seedPartnership, type SeededPartnership } from '@convene/testing';
import { startApi, type ApiHarness } from './testing/api-harness';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;

/** The directives of a Content-Security-Policy header, by name. */
const directives = (header: string | null) =>
  Object.fromEntries((header ?? '').split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name, values]));

describe('security headers on the API’s HTML and answers', () => {
  let api: ApiHarness;
  let p: SeededPartnership;

  beforeAll(async () => {
    api = await startApi();
    p = await seedPartnership(api.db, 'headers');
    await api.db.query(`INSERT INTO "group" (partnership_id, name, slug, kind, visibility) VALUES ($1, 'City of Sanctuary Partnership Board', 'sanctuary', 'BOARD', 'PUBLIC')`, [p.partnershipId]);
  });
  afterAll(() => api.close());

  const expectFrameProtected = (res: Response) => {
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(directives(res.headers.get('content-security-policy'))['frame-ancestors']).toEqual(["'none'"]);
  };

  it('serves the public page and the email-link pages with no scripts, no framing and no Referer', async () => {
    for (const [path, status] of [
      ['/public/headers/sanctuary', 200],
      ['/public/headers/no-such-group', 404],
      [`/email/unsubscribe/cvu_${'x'.repeat(43)}`, 404],
      [`/email/preferences/cvu_${'x'.repeat(43)}`, 404],
    ] as const) {
      const res = await fetch(`${api.url}${path}`);
      expect({ path, status: res.status, type: res.headers.get('content-type') }).toEqual({ path, status, type: 'text/html; charset=utf-8' });
      expectFrameProtected(res);
      const csp = directives(res.headers.get('content-security-policy'));
      expect(csp['default-src']).toEqual(["'none'"]);
      expect(csp['script-src']).toBeUndefined();
      expect(csp['form-action']).toEqual(["'self'"]);
    }
  });

  it('sends the same headers with GraphQL answers', async () => {
    const res = await gql(api.url, `{ __typename }`);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });

  it('still loads bull-board for an admin, under a policy that lets in only its own files', async () => {
    const token = (await gql(api.url, SIGN_IN, { input: { email: p.admin.email, password: p.admin.password } })).data!.signIn.token as string;
    const headers = { authorization: `Bearer ${token}` };
    const page = await fetch(`${api.url}/admin/queues`, { headers });
    expect(page.status).toBe(200);
    expectFrameProtected(page);
    const csp = directives(page.headers.get('content-security-policy'));
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(csp['connect-src']).toEqual(["'self'"]);
    const html = await page.text();
    // Every script is a file of its own (the one inline <script> is JSON data, never run) ...
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].map((m) => m[1]);
    expect(inline.every((attrs) => /type="application\/json"/.test(attrs))).toBe(true);
    const scripts = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
    const styles = [...html.matchAll(/<link href="(static\/[^"]+)" rel="stylesheet"/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    expect(styles.length).toBeGreaterThan(0);
    // ... served from the board's own origin, which the policy allows.
    for (const file of [...scripts, ...styles]) {
      expect(file).not.toMatch(/^(?:[a-z]+:)?\/\//i);
      const res = await fetch(new URL(file, `${api.url}/admin/queues/`), { headers });
      expect({ file, status: res.status }).toEqual({ file, status: 200 });
    }
    const queues = await fetch(`${api.url}/admin/queues/api/queues`, { headers });
    expect(queues.status).toBe(200);
  });
});
