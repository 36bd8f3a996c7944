import nodemailer from 'nodemailer';
import { simpleParser } from 'mailparser';
import {
  createMailTransport,
  MailRecipientRejectedError,
  normalizeMessageId,
  sendRenderedMail,
  type MailSender,
} from '../../../mail/transport';
import { renderMail, type RenderedMail } from '../../../mail/templates';

const MAIL: RenderedMail = renderMail({
  template: 'ORDER_APPROVED_USER',
  orderId: 'B-1',
  userName: 'Åsa Öberg',
  role: 'DELTAGARANSVARIG',
  roleLabel: 'Deltagaransvarig',
  forbundName: 'Samordningsförbundet Älvsborg',
  bestallareName: 'Märta Ek',
});

/** A nodemailer transport that builds the message but hands it back instead of sending it. */
function streamTransport() {
  return nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
}

describe('normalizeMessageId', () => {
  it.each([
    ['order-1.approved@behorighet.test', '<order-1.approved@behorighet.test>'],
    ['<order-1.approved@behorighet.test>', '<order-1.approved@behorighet.test>'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeMessageId(input)).toBe(expected);
  });

  it.each(['no-at-sign', 'a b@c', 'a@b\r\nBcc: x@y', '<a@b>>', 'a@b@c', ''])('rejects %p', (input) => {
    expect(() => normalizeMessageId(input)).toThrow(/Invalid Message-ID/);
  });
});

describe('sendRenderedMail', () => {
  it('sends both parts in UTF-8 with the caller’s Message-ID and extra headers', async () => {
    const transport = streamTransport();
    let raw: Buffer | undefined;
    const sender: MailSender = {
      sendMail: async (options) => {
        const info = await transport.sendMail(options);
        raw = info.message as Buffer;
        return info;
      },
    };

    const id = await sendRenderedMail(sender, {
      from: { name: 'Behörighet Uppföljning Finsam', address: 'noreply@behorighet.test' },
      to: 'asa.oberg@kommun.se',
      mail: MAIL,
      messageId: 'order-B-1.approved-user@behorighet.test',
      headers: { 'X-Behorighet-Order-Id': 'B-1' },
    });

    expect(id).toBe('<order-B-1.approved-user@behorighet.test>');
    const parsed = await simpleParser(raw!, { skipHtmlToText: true, skipTextToHtml: true });
    expect(parsed.messageId).toBe('<order-B-1.approved-user@behorighet.test>');
    expect(parsed.headers.get('x-behorighet-order-id')).toBe('B-1');
    expect(parsed.subject).toBe(MAIL.subject);
    expect(parsed.from?.value[0]).toEqual({ name: 'Behörighet Uppföljning Finsam', address: 'noreply@behorighet.test' });
    expect(parsed.text).toBe(MAIL.text);
    expect(parsed.html).toBe(MAIL.html);
    expect(raw!.toString('utf8')).toMatch(/Content-Type: multipart\/alternative/);
  });

  it('uses the same Message-ID on every attempt', async () => {
    const transport = streamTransport();
    const send = () =>
      sendRenderedMail(transport, { from: 'a@b.test', to: 'c@d.test', mail: MAIL, messageId: 'same@behorighet.test' });
    expect(await send()).toBe(await send());
  });

  it('throws a temporary MailRecipientRejectedError when one of several recipients gets a 4xx', async () => {
    const sender: MailSender = {
      sendMail: async () => ({
        messageId: '<x@y>',
        accepted: ['ok@kommun.se'],
        rejected: ['held@kommun.se'],
        rejectedErrors: [{ responseCode: 451, response: '451 try later' }],
      }),
    };
    const error = await sendRenderedMail(sender, {
      from: 'a@b.test',
      to: ['ok@kommun.se', 'held@kommun.se'],
      mail: MAIL,
      messageId: 'x@y',
    }).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(MailRecipientRejectedError);
    expect(error).toMatchObject({ rejected: ['held@kommun.se'], responseCode: 451, temporary: true });
  });

  it('turns nodemailer’s all-recipients-rejected error into a permanent MailRecipientRejectedError on 5xx', async () => {
    const sender: MailSender = {
      sendMail: async () => {
        throw Object.assign(new Error("Can't send mail - all recipients were rejected"), {
          code: 'EENVELOPE',
          responseCode: 550,
          response: '550 no such user',
          rejected: ['nobody@kommun.se'],
          rejectedErrors: [{ responseCode: 550, response: '550 no such user' }],
        });
      },
    };
    const error = await sendRenderedMail(sender, { from: 'a@b.test', to: 'nobody@kommun.se', mail: MAIL, messageId: 'x@y' }).catch(
      (err: unknown) => err,
    );
    expect(error).toBeInstanceOf(MailRecipientRejectedError);
    expect(error).toMatchObject({ rejected: ['nobody@kommun.se'], responseCode: 550, temporary: false });
    expect((error as Error).message).toContain('550 no such user');
  });

  it('lets other errors through unchanged', async () => {
    const original = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ESOCKET' });
    const sender: MailSender = {
      sendMail: async () => {
        throw original;
      },
    };
    await expect(sendRenderedMail(sender, { from: 'a@b.test', to: 'c@d.test', mail: MAIL, messageId: 'x@y' })).rejects.toBe(
      original,
    );
  });

  it('refuses a malformed Message-ID before sending anything', async () => {
    const sendMail = jest.fn();
    await expect(
      sendRenderedMail({ sendMail }, { from: 'a@b.test', to: 'c@d.test', mail: MAIL, messageId: 'not an id' }),
    ).rejects.toThrow(/Invalid Message-ID/);
    expect(sendMail).not.toHaveBeenCalled();
  });
});

describe('createMailTransport', () => {
  it('reads host and port from the URL and keeps the short timeouts', () => {
    const transport = createMailTransport('smtp://127.0.0.1:2525');
    expect(transport.options).toMatchObject({
      host: '127.0.0.1',
      port: 2525,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
      disableFileAccess: true,
      disableUrlAccess: true,
    });
    transport.close();
  });

  it('lets query parameters in the URL override the defaults', () => {
    const transport = createMailTransport('smtp://user:secret@mail.example.se:587?socketTimeout=5000&ignoreTLS=true');
    expect(transport.options).toMatchObject({
      host: 'mail.example.se',
      port: 587,
      auth: { user: 'user', pass: 'secret' },
      socketTimeout: 5000,
      ignoreTLS: true,
      connectionTimeout: 10_000,
    });
    transport.close();
  });

  it('gives a refused connection as an error, not a hang', async () => {
    // Port 1 on loopback is not listening in any sane test environment.
    const transport = createMailTransport('smtp://127.0.0.1:1');
    await expect(
      sendRenderedMail(transport, { from: 'a@b.test', to: 'c@d.test', mail: MAIL, messageId: 'x@y' }),
    ).rejects.toMatchObject({ code: expect.stringMatching(/ECONNECTION|ESOCKET/) });
    transport.close();
  });
});
