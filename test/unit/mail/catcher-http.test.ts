// The mail catcher in-process, on free loopback ports: the HTTP API's edge cases and pages.
// The happy path across a real process boundary is in test/integration/mail.

import { startMailCatcher, type MailCatcher } from '../../../scripts/mail-catcher';
import { createMailTransport, sendRenderedMail, type MailTransport } from '../../../mail/transport';
import type { CapturedMail } from '../../../mail/catcher/store';

const SCRIPT = '<script>alert(1)</script>';

describe('mail catcher HTTP API', () => {
  let catcher: MailCatcher;
  let transport: MailTransport;
  let base: string;

  beforeAll(async () => {
    catcher = await startMailCatcher({ smtpPort: 0, httpPort: 0 });
    transport = createMailTransport(`smtp://127.0.0.1:${catcher.smtpPort}`);
    base = `http://127.0.0.1:${catcher.httpPort}`;
  });

  afterAll(async () => {
    transport.close();
    await catcher.close();
  });

  beforeEach(async () => {
    await fetch(`${base}/messages`, { method: 'DELETE' });
    await fetch(`${base}/control/reject-recipient`, { method: 'DELETE' });
  });

  async function send(to: string, subject: string, html = '<p>Hej</p>'): Promise<string> {
    return sendRenderedMail(transport, {
      from: 'noreply@behorighet.test',
      to,
      mail: { subject, html, text: 'Hej' },
      messageId: `${Math.random().toString(36).slice(2)}@behorighet.test`,
    });
  }

  async function messages(query = ''): Promise<CapturedMail[]> {
    const res = await fetch(`${base}/messages${query}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    return (await res.json()) as CapturedMail[];
  }

  it('picks free ports when asked for port 0', () => {
    expect(catcher.smtpPort).toBeGreaterThan(0);
    expect(catcher.httpPort).toBeGreaterThan(0);
    expect(catcher.smtpPort).not.toBe(catcher.httpPort);
  });

  it('lists messages oldest first, filters by ?to= and clears on DELETE', async () => {
    await send('a@kommun.se', 'Första');
    await send('b@kommun.se', 'Andra');
    expect((await messages()).map((m) => m.subject)).toEqual(['Första', 'Andra']);
    expect((await messages('?to=B%40kommun.se')).map((m) => m.subject)).toEqual(['Andra']);

    const res = await fetch(`${base}/messages`, { method: 'DELETE' });
    expect(res.status).toBe(204);
    expect(await messages()).toEqual([]);
  });

  it('serves one message as JSON, as its HTML and as its source', async () => {
    const messageId = await send('a@kommun.se', 'Ämne', '<p>Innehåll</p>');
    const [mail] = await messages();
    expect(mail.messageId).toBe(messageId);

    const json = await fetch(`${base}/messages/${mail.id}`);
    expect(await json.json()).toEqual(mail);

    const html = await fetch(`${base}/messages/${mail.id}.html`);
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    // Captured HTML is untrusted; it must be sandboxed on the catcher's origin.
    expect(html.headers.get('content-security-policy')).toMatch(/default-src 'none'.*sandbox/);
    expect(await html.text()).toBe('<p>Innehåll</p>');

    const eml = await fetch(`${base}/messages/${mail.id}.eml`);
    expect(await eml.text()).toContain(`Message-ID: ${messageId}`);
  });

  it('shows a Swedish list page with escaped subjects and links to each message', async () => {
    await send('a@kommun.se', `Ämne ${SCRIPT}`);
    const [mail] = await messages();
    const res = await fetch(`${base}/`);
    const page = await res.text();
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page).toContain('<html lang="sv">');
    expect(page).toContain('<h1>Skickad e-post</h1>');
    expect(page).toContain('1 meddelande, senaste först');
    expect(page).toContain(`<a href="/messages/${mail.id}.html">Ämne &lt;script&gt;alert(1)&lt;/script&gt;</a>`);
    expect(page).not.toContain(SCRIPT);
  });

  it('says so when there is no mail', async () => {
    expect(await (await fetch(`${base}/`)).text()).toContain('Inga meddelanden ännu.');
  });

  it('holds back a recipient with 451 until the control is cleared', async () => {
    const add = await fetch(`${base}/control/reject-recipient`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ address: 'held@kommun.se' }),
    });
    expect(add.status).toBe(204);
    expect(await (await fetch(`${base}/control/reject-recipient`)).json()).toEqual(['held@kommun.se']);

    await expect(send('HELD@kommun.se', 'Hålls kvar')).rejects.toMatchObject({ responseCode: 451, temporary: true });
    await send('other@kommun.se', 'Går igenom');

    // Clearing one address by query leaves nothing held back.
    const clear = await fetch(`${base}/control/reject-recipient?address=held%40kommun.se`, { method: 'DELETE' });
    expect(clear.status).toBe(204);
    await send('held@kommun.se', 'Hålls kvar');
    expect((await messages()).map((m) => m.subject)).toEqual(['Går igenom', 'Hålls kvar']);
  });

  it.each([
    ['not JSON', '{'],
    ['no address', '{}'],
    ['not an address', '{"address":"nobody"}'],
  ])('answers 400 to a control request with %s', async (_case, body) => {
    const res = await fetch(`${base}/control/reject-recipient`, { method: 'POST', body });
    expect(res.status).toBe(400);
    expect(await res.json()).toHaveProperty('error');
  });

  it('answers 404 for unknown paths and messages, 405 for wrong methods', async () => {
    expect((await fetch(`${base}/nope`)).status).toBe(404);
    expect((await fetch(`${base}/messages/1-1.html`)).status).toBe(404);
    expect((await fetch(`${base}/messages/..%2Fetc.html`)).status).toBe(404);
    expect((await fetch(`${base}/messages`, { method: 'POST' })).status).toBe(405);
  });
});
