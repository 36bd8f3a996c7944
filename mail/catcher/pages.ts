// The mail catcher's pages for people: a list of captured mail and a fallback view of a
// message without HTML. Swedish, like the rest of what users of the dev environment read.

import { escapeHtml } from '../text';
import type { CapturedMail } from './store';

const RECEIVED_AT = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  dateStyle: 'medium',
  timeStyle: 'medium',
});

const STYLE = `
  body { font-family: Arial, Helvetica, sans-serif; margin: 0; color: #1f2937; background: #f9fafb; }
  main { max-width: 72rem; margin: 0 auto; padding: 1.5rem; }
  h1 { font-size: 1.5rem; margin: 0 0 0.5rem; }
  table { border-collapse: collapse; width: 100%; background: #fff; }
  caption { text-align: left; font-weight: bold; padding: 0.5rem 0; }
  th, td { text-align: left; vertical-align: top; padding: 0.5rem; border-bottom: 1px solid #e5e7eb; }
  a { color: #1d4ed8; }
  pre { white-space: pre-wrap; background: #fff; padding: 1rem; border: 1px solid #e5e7eb; }
`;

function page(title: string, body: string): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="sv">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    `<body><main>${body}</main></body>`,
    '</html>',
  ].join('\n');
}

function formatReceivedAt(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : RECEIVED_AT.format(date);
}

function messageRow(mail: CapturedMail): string {
  const id = encodeURIComponent(mail.id);
  const subject = mail.subject || '(inget ämne)';
  return (
    '<tr>' +
    `<td><time datetime="${escapeHtml(mail.receivedAt)}">${escapeHtml(formatReceivedAt(mail.receivedAt))}</time></td>` +
    `<td>${escapeHtml(mail.from)}</td>` +
    `<td>${mail.to.map(escapeHtml).join('<br>')}</td>` +
    `<td><a href="/messages/${id}.html">${escapeHtml(subject)}</a></td>` +
    `<td><a href="/messages/${id}.eml" aria-label="Källkod för ${escapeHtml(subject)}">Källkod</a></td>` +
    '</tr>'
  );
}

/** The start page: every captured message, newest first. */
export function renderIndexPage(messages: readonly CapturedMail[]): string {
  const intro =
    '<h1>Skickad e-post</h1>' +
    '<p>E-post som systemet har skickat i utvecklingsmiljön. Ingenting här har gått till riktiga ' +
    'mottagare. Ladda om sidan för att se nya meddelanden.</p>';
  if (messages.length === 0) {
    return page('Skickad e-post', `${intro}<p>Inga meddelanden ännu.</p>`);
  }
  const count = messages.length === 1 ? '1 meddelande' : `${messages.length} meddelanden`;
  const table =
    '<table>' +
    `<caption>${count}, senaste först</caption>` +
    '<thead><tr><th scope="col">Mottaget</th><th scope="col">Från</th><th scope="col">Till</th>' +
    '<th scope="col">Ämne</th><th scope="col">Källa</th></tr></thead>' +
    `<tbody>${[...messages].reverse().map(messageRow).join('')}</tbody>` +
    '</table>';
  return page('Skickad e-post', intro + table);
}

/** Shown for a message that has no HTML part: its plain text. */
export function renderTextOnlyPage(mail: CapturedMail): string {
  const subject = mail.subject || '(inget ämne)';
  return page(
    subject,
    `<h1>${escapeHtml(subject)}</h1>` +
      '<p>Meddelandet saknar HTML-del. Så här ser textdelen ut:</p>' +
      `<pre>${escapeHtml(mail.text)}</pre>` +
      '<p><a href="/">Tillbaka till listan</a></p>',
  );
}
