import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MailStore } from '../../../mail/catcher/store';

function message(subject: string, messageId = `<${Math.random().toString(36).slice(2)}@test>`): Buffer {
  return Buffer.from(
    [
      'From: "Behörighet" <noreply@behorighet.test>',
      'To: someone-else@kommun.se',
      `Subject: =?UTF-8?Q?${Buffer.from(subject, 'utf8').toString('hex').replace(/(..)/g, '=$1')}?=`,
      `Message-ID: ${messageId}`,
      'MIME-Version: 1.0',
      'Content-Type: multipart/alternative; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: 8bit',
      '',
      `Text: ${subject}`,
      '--b',
      'Content-Type: text/html; charset=utf-8',
      'Content-Transfer-Encoding: 8bit',
      '',
      `<p>${subject}</p>`,
      '--b--',
      '',
    ].join('\r\n'),
    'utf8',
  );
}

const ENVELOPE = { mailFrom: 'bounce@behorighet.test', rcptTo: ['Asa.Oberg@Kommun.se', 'bcc@kommun.se'] };

describe('MailStore', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'mail-store-'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('captures the parsed message with its envelope recipients', async () => {
    const store = await MailStore.open();
    const receivedAt = new Date('2026-11-22T10:00:00.000Z');
    const mail = await store.add(message('Behörighet beviljad – Åsa', '<m1@behorighet.test>'), ENVELOPE, receivedAt);

    expect(mail).toEqual({
      id: `${receivedAt.getTime()}-1`,
      messageId: '<m1@behorighet.test>',
      from: 'noreply@behorighet.test',
      // The envelope, not the To header: Bcc recipients are included, the header's address is not.
      to: ['Asa.Oberg@Kommun.se', 'bcc@kommun.se'],
      subject: 'Behörighet beviljad – Åsa',
      text: 'Text: Behörighet beviljad – Åsa',
      html: '<p>Behörighet beviljad – Åsa</p>',
      receivedAt: '2026-11-22T10:00:00.000Z',
    });
    expect(store.get(mail.id)).toEqual(mail);
    expect(store.raw(mail.id)!.toString('utf8')).toContain('X-Mailcatcher-Rcpt-To: bcc@kommun.se');
  });

  it('lists oldest first and filters by recipient, ignoring case', async () => {
    const store = await MailStore.open();
    await store.add(message('först'), { mailFrom: '', rcptTo: ['a@kommun.se'] }, new Date(1000));
    await store.add(message('sedan'), { mailFrom: '', rcptTo: ['b@kommun.se'] }, new Date(2000));
    await store.add(message('sist'), { mailFrom: '', rcptTo: ['A@KOMMUN.se'] }, new Date(3000));

    expect(store.list().map((m) => m.subject)).toEqual(['först', 'sedan', 'sist']);
    expect(store.list({ to: 'a@kommun.se' }).map((m) => m.subject)).toEqual(['först', 'sist']);
    expect(store.list({ to: 'nobody@kommun.se' })).toEqual([]);
  });

  it('keeps the arrival order of deliveries that are stored concurrently', async () => {
    const store = await MailStore.open(dir);
    const at = new Date(5000);
    await Promise.all(['ett', 'två', 'tre'].map((s) => store.add(message(s), ENVELOPE, at)));
    expect(store.list().map((m) => m.subject)).toEqual(['ett', 'två', 'tre']);
  });

  it('writes <timestamp>-<n>.eml files and reloads them on open', async () => {
    const first = await MailStore.open(dir);
    const a = await first.add(message('ett'), ENVELOPE, new Date(1_700_000_000_000));
    const b = await first.add(message('två'), ENVELOPE, new Date(1_700_000_000_500));

    expect((await readdir(dir)).sort()).toEqual(['1700000000000-1.eml', '1700000000500-2.eml']);
    expect(await readFile(path.join(dir, `${a.id}.eml`))).toEqual(first.raw(a.id));

    const reopened = await MailStore.open(dir);
    expect(reopened.list()).toEqual([a, b]);

    // Numbering continues after the stored messages, so no file is overwritten.
    const c = await reopened.add(message('tre'), ENVELOPE, new Date(1_700_000_000_000));
    expect(c.id).toBe('1700000000000-3');
    expect(await readdir(dir)).toHaveLength(3);
  });

  it('skips files it did not write', async () => {
    await writeFile(path.join(dir, 'README.txt'), 'not mail');
    await writeFile(path.join(dir, '1700000000000-1.eml.tmp'), 'half written');
    const store = await MailStore.open(dir);
    expect(store.list()).toEqual([]);
  });

  it('creates a missing directory', async () => {
    const nested = path.join(dir, 'a', 'b');
    const store = await MailStore.open(nested);
    await store.add(message('hej'), ENVELOPE);
    expect(await readdir(nested)).toHaveLength(1);
  });

  it('clear() forgets messages in memory and on disk', async () => {
    const store = await MailStore.open(dir);
    await store.add(message('ett'), ENVELOPE);
    await store.add(message('två'), ENVELOPE);
    await writeFile(path.join(dir, 'keep.txt'), 'not ours');

    await store.clear();

    expect(store.list()).toEqual([]);
    expect(await readdir(dir)).toEqual(['keep.txt']);
    expect((await MailStore.open(dir)).list()).toEqual([]);
  });

  it('gives empty text or html when the message lacks that part (no invented parts)', async () => {
    const store = await MailStore.open();
    const htmlOnly = Buffer.from(
      'From: a@b.test\r\nSubject: x\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Bara HTML</p>\r\n',
    );
    const textOnly = Buffer.from('From: a@b.test\r\nSubject: y\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nBara text\r\n');
    const h = await store.add(htmlOnly, ENVELOPE);
    const t = await store.add(textOnly, ENVELOPE);
    expect(h).toMatchObject({ text: '', html: '<p>Bara HTML</p>\n', messageId: null });
    expect(t).toMatchObject({ text: 'Bara text\n', html: '' });
  });
});
