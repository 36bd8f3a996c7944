/**
 * The development identity provider's pages, in Swedish and plain accessible HTML: log in as a
 * seeded persona (or any personnummer) with a chosen login method (R-40), and confirm logout.
 */
import { LOGIN_METHODS, LOGIN_METHOD_IDS } from '../../domain/login';
import { escapeHtml } from '../../mail/text';
import { persons } from '../../prisma/seed-data';


const STYLE = `body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1b1e23}
fieldset{border:1px solid #6b6b6b;margin:1rem 0;padding:.5rem 1rem}label{display:block;margin:.4rem 0}
select,input[type=text]{font-size:1rem;padding:.3rem;min-width:20rem}button{font-size:1rem;padding:.5rem 1rem;margin-right:.5rem}
.notice{background:#fff4d6;border-left:4px solid #a36b00;padding:.5rem 1rem}.error{color:#b00020;font-weight:bold}`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
}

export function loginPage(uid: string, clientName: string, error?: string): string {
  const people = [...persons].sort((a, b) => a.familyName.localeCompare(b.familyName, 'sv'));
  const options = people.map((p) => `<option value="${escapeHtml(p.personnummer)}">${escapeHtml(`${p.givenName} ${p.familyName} (${p.personnummer})`)}</option>`).join('');
  const methods = LOGIN_METHOD_IDS.map((id, i) =>
    `<label><input type="radio" name="method" value="${id}"${i === 0 ? ' checked' : ''}> ${escapeHtml(LOGIN_METHODS[id].label)}</label>`).join('');
  return page('Logga in – utvecklingsinloggning', `
<h1>Logga in</h1>
<p class="notice">Utvecklingens identitetsleverantör: ingen riktig e-legitimation. I produktion loggar du in med Efos, Arbetsförmedlingens e-tjänstekort, BankID eller Mobilt BankID.</p>
<p>Inloggning till ${escapeHtml(clientName)}.</p>
${error ? `<p class="error" role="alert" id="login-error">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/interaction/${escapeHtml(uid)}/login">
  <label for="persona">Testperson</label>
  <select id="persona" name="persona"><option value="">Välj en testperson</option>${options}</select>
  <label for="personnummer">eller ett annat personnummer</label>
  <input type="text" id="personnummer" name="personnummer" autocomplete="off" inputmode="numeric"${error ? ' aria-describedby="login-error"' : ''}>
  <fieldset><legend>Inloggningssätt</legend>${methods}</fieldset>
  <button type="submit">Logga in</button>
</form>
<form method="post" action="/interaction/${escapeHtml(uid)}/abort"><button type="submit">Avbryt</button></form>`);
}

/** oidc-provider's RP-initiated logout confirmation; `form` is its own form with the xsrf field. */
export function logoutPage(form: string): string {
  return page('Logga ut', `
<h1>Vill du logga ut?</h1>
<p>Du loggas ut från utvecklingens identitetsleverantör.</p>
${form}
<button autofocus type="submit" form="op.logoutForm" value="yes" name="logout">Ja, logga ut</button>
<button type="submit" form="op.logoutForm">Nej, förbli inloggad</button>`);
}

export function errorPage(message: string): string {
  return page('Fel vid inloggning', `<h1>Fel vid inloggning</h1><p>${escapeHtml(message)}</p>`);
}
