import { EICAR, EICAR_SIGNATURE, findClamd, freePort, TestClamd } from '../testing/clamd';
import { pdfBytes } from '../testing/paper-fixtures';
import { clamdScan, ClamdUnavailable } from './clamd';

const clamd = findClamd();
if ('missing' in clamd) {
  // CI machines carry Node, PostgreSQL and Redis only; the scanner's own tests need the daemon.
  console.warn(`Skipping the clamd INSTREAM tests: ${clamd.missing}`);
}
const withClamd = 'path' in clamd ? describe : describe.skip;

withClamd('clamdScan against a real clamd', () => {
  let daemon: TestClamd;
  beforeAll(async () => {
    daemon = new TestClamd((clamd as { path: string }).path, await freePort());
    await daemon.start();
  }, 40_000);
  afterAll(() => daemon?.remove());

  it('finds the EICAR file by the test signature', async () => {
    // clamd marks signatures from a database of one's own as UNOFFICIAL.
    expect(await clamdScan(daemon.url, EICAR, 10_000)).toEqual({ clean: false, signature: `${EICAR_SIGNATURE}.UNOFFICIAL` });
  });

  it('passes a clean PDF, streamed in several chunks', async () => {
    const big = Buffer.concat([await pdfBytes(3), Buffer.alloc(300 * 1024, 0x20)]);
    expect(await clamdScan(daemon.url, big, 10_000)).toEqual({ clean: true });
  });
});

describe('clamdScan without a clamd', () => {
  it('says the scanner is unavailable rather than clean', async () => {
    const port = await freePort();
    await expect(clamdScan(`tcp://127.0.0.1:${port}`, Buffer.from('x'), 2_000)).rejects.toBeInstanceOf(ClamdUnavailable);
  });
});
