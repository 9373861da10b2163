import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { readDeliveryReport } from './delivery-report';

/** Parsed as the inbound service parses: status parts kept as attachments. */
const parse = (name: string, keepDeliveryStatus = true) =>
  simpleParser(readFileSync(join(__dirname, '__fixtures__', name), 'utf8').replace(/\r?\n/g, '\r\n'), { keepDeliveryStatus });

describe('readDeliveryReport', () => {
  it('reads a Postfix hard bounce: status, recipient and the returned message id', async () => {
    expect(readDeliveryReport(await parse('postfix-hard.eml'))).toEqual({
      kind: 'HARD',
      status: '5.1.1',
      recipient: 'r.okafor@sandwell-mail.example',
      originalMessageId: '<6f1c2a9d0b7e4e21a3c5d8f9e0a1b2c3@convene.example>',
    });
  });

  it('reads the same bounce when the status part was folded into the text', async () => {
    expect(readDeliveryReport(await parse('postfix-hard.eml', false))).toMatchObject({ kind: 'HARD', status: '5.1.1', recipient: 'r.okafor@sandwell-mail.example' });
  });

  it('reads a Postfix soft bounce (gave up on 4.4.1) from its headers-only part', async () => {
    expect(readDeliveryReport(await parse('postfix-soft.eml'))).toEqual({
      kind: 'SOFT',
      status: '4.4.1',
      recipient: 'office@wyreforest-cvs.example',
      originalMessageId: '<0a0b0c0d0e0f10111213141516171819@convene.example>',
    });
  });

  it('ignores a delayed notice: the sending system is still retrying', async () => {
    expect(readDeliveryReport(await parse('postfix-delayed.eml'))).toBeNull();
  });

  it('reads an Exim bounce in plain words by its status code', async () => {
    expect(readDeliveryReport(await parse('exim-plain.eml'))).toEqual({
      kind: 'HARD',
      status: '5.1.1',
      recipient: null,
      originalMessageId: '<aa11bb22cc33dd44ee55ff6600771188@convene.example>',
    });
  });

  it('reads a Gmail bounce with a long folded diagnostic', async () => {
    expect(readDeliveryReport(await parse('gmail.eml'))).toEqual({
      kind: 'HARD',
      status: '5.1.1',
      recipient: 'tamsin.hale.nhs@gmail.com',
      originalMessageId: '<2c4e6a8b0d1f2a3b4c5d6e7f8a9b0c1d@convene.example>',
    });
  });

  it('reads a Microsoft bounce whose status part is base64 and whose code has two digits', async () => {
    expect(readDeliveryReport(await parse('microsoft.eml'))).toEqual({
      kind: 'HARD',
      status: '5.1.10',
      recipient: 'j.mensah@walsall-cig.example',
      originalMessageId: '<99aa88bb77cc66dd55ee44ff33001122@convene.example>',
    });
  });

  it('reads an ARF complaint', async () => {
    expect(readDeliveryReport(await parse('complaint-arf.eml'))).toEqual({
      kind: 'COMPLAINT',
      status: null,
      recipient: 'priya.shah@yahoo.example',
      originalMessageId: '<1234abcd5678ef901234abcd5678ef90@convene.example>',
    });
  });

  it('leaves an ordinary reply alone, even one that quotes a status code', async () => {
    expect(readDeliveryReport(await parse('ordinary-reply.eml'))).toBeNull();
  });
});
