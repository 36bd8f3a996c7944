import {
  MAIL_TEMPLATES,
  renderMail,
  type MailInput,
  type MailTemplate,
  type RenderedMail,
} from '../../../mail/templates';

const SCRIPT = '<script>alert("x")</script>';

// One valid input per template; the mapped type makes the compiler demand a sample for every
// template added to MAIL_TEMPLATES.
const LINK = { linkId: 'link-1', recipientName: 'Anna Berg', personName: 'Johan Lind', insatsName: 'Steg till arbete', forbundName: 'Samordningsförbundet Älvsborg' };
const REQUEST = {
  orderId: 'B-2026-0047',
  systemName: 'SUS',
  userName: 'Åsa Öberg',
  roleLabel: 'Insatsansvarig (SUS)',
  forbundName: 'Samordningsförbundet Älvsborg',
  ordererName: 'Märta Ek',
};

const MANDATE = { mandateId: 'M-2026-0007', bestallareName: 'Märta Ek', organisationName: 'Älvsby kommun', lastDay: '2028-11-23' };

const SAMPLES: { [T in MailTemplate]: Extract<MailInput, { template: T }> } = {
  ORDER_APPROVED_USER: {
    template: 'ORDER_APPROVED_USER',
    orderId: 'B-2026-0042',
    userName: 'Åsa Öberg',
    role: 'DELTAGARANSVARIG',
    roleLabel: 'Deltagaransvarig',
    forbundName: 'Samordningsförbundet Älvsborg',
    bestallareName: 'Märta Ek',
  },
  ORDER_APPROVED_BESTALLARE: {
    template: 'ORDER_APPROVED_BESTALLARE',
    orderId: 'B-2026-0043',
    bestallareName: 'Märta Ek',
    userName: 'Åsa Öberg',
    roleLabel: 'Förbundsadministratör',
    forbundName: 'Samordningsförbundet Älvsborg',
    decidedAt: '2026-11-22T10:15:00Z',
  },
  ORDER_REJECTED_BESTALLARE: {
    template: 'ORDER_REJECTED_BESTALLARE',
    orderId: 'B-2026-0044',
    bestallareName: 'Märta Ek',
    userName: 'Åsa Öberg',
    roleLabel: 'Deltagaransvarig',
    forbundName: 'Samordningsförbundet Älvsborg',
    reasons: [
      'Rollen deltagaransvarig kan inte innehas av samordningsförbundets egen personal.',
      'Beställarens behörighet gick ut den 1 oktober 2026.',
    ],
  },
  BA_TASK_OVERDUE: {
    template: 'BA_TASK_OVERDUE',
    taskId: 'T-981',
    orderId: 'B-2026-0045',
    subject: 'Ny användare: Åsa Öberg, Samordningsförbundet Älvsborg',
    submittedAt: '2026-11-16T08:00:00Z',
    dueAt: '2026-11-20T15:00:00Z',
    workingDaysOverdue: 2,
  },
  EMAIL_UNDELIVERABLE_BA: {
    template: 'EMAIL_UNDELIVERABLE_BA',
    orderId: 'B-2026-0046',
    recipient: 'asa.oberg@alvsborg.example',
    failedSubject: 'Behörighet i Uppföljning Finsam beviljad',
    serverResponse: '550 5.1.1 no such mailbox',
  },
  REQUEST_APPROVED_USER: { template: 'REQUEST_APPROVED_USER', ...REQUEST, forbundName: null, roleLabel: 'Superadministratör (SUS)' },
  REQUEST_APPROVED_ORDERER: { template: 'REQUEST_APPROVED_ORDERER', ...REQUEST, decidedAt: '2026-11-22T10:15:00Z' },
  REQUEST_REJECTED: { template: 'REQUEST_REJECTED', ...REQUEST, audience: 'SUBJECT', reasons: ['Personen arbetar inte med uppföljning.'] },
  REQUEST_RETURNED_ORDERER: { template: 'REQUEST_RETURNED_ORDERER', ...REQUEST, stageLabel: 'Arbetsförmedlingens servicedesk', reason: 'Fel förbund angivet.' },
  ROLE_REMOVED_USER: { template: 'ROLE_REMOVED_USER', ...REQUEST },
  ROLE_REMOVED_ORDERER: { template: 'ROLE_REMOVED_ORDERER', ...REQUEST },
  TASK_ESCALATED: {
    template: 'TASK_ESCALATED',
    taskId: 'T-982',
    orderId: 'B-2026-0048',
    subject: 'Beställning för anställd på Arbetsförmedlingen: Åsa Öberg',
    stageLabel: 'Arbetsförmedlingens servicedesk',
    submittedAt: '2026-11-16T08:00:00Z',
    dueAt: '2026-11-19T15:00:00Z',
    workingDaysOverdue: 3,
  },
  MANDATE_REGISTERED: { template: 'MANDATE_REGISTERED', ...MANDATE, audience: 'BESTALLARE', recipientName: 'Märta Ek' },
  MANDATE_RENEWED: { template: 'MANDATE_RENEWED', ...MANDATE, audience: 'REPRESENTATIVE', recipientName: 'Ulf Ahl' },
  MANDATE_REMINDER: { template: 'MANDATE_REMINDER', ...MANDATE, audience: 'BESTALLARE', recipientName: 'Märta Ek', daysLeft: 60 },
  MANDATE_EXPIRED: { template: 'MANDATE_EXPIRED', ...MANDATE, audience: 'REPRESENTATIVE', recipientName: 'Ulf Ahl' },
  MANDATE_REVOKED: { template: 'MANDATE_REVOKED', ...MANDATE, audience: 'BESTALLARE', recipientName: 'Märta Ek', revokedByName: 'Ulf Ahl', reason: 'Har bytt tjänst.' },
  LINK_WAITING: { template: 'LINK_WAITING', ...LINK, waitUntilDay: '2026-12-24' },
  LINK_MADE: { template: 'LINK_MADE', ...LINK, pubAvtalValidFrom: '2026-12-06' },
  LINK_LAPSED: { template: 'LINK_LAPSED', ...LINK, ruleMessage: 'Förbundet har inget PUB-avtal.' },
  LINK_REFUSED: { template: 'LINK_REFUSED', ...LINK, ruleMessage: 'Personen har inte rollen deltagaransvarig i förbundet.' },
  LINKS_ENDED_PUB_AVTAL: { template: 'LINKS_ENDED_PUB_AVTAL', pubAvtalId: 'avtal-1', recipientName: 'Anna Berg', forbundName: 'Samordningsförbundet Älvsborg', endDay: '2027-01-01', removed: ['Johan Lind – Steg till arbete'] },
};

const ALL = MAIL_TEMPLATES.map((template) => [template, SAMPLES[template]] as const);

function decodeEntities(html: string): string {
  return html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** What a reader of the HTML part sees, as text (the <title> is not shown). */
function visibleHtmlText(html: string): string {
  return decodeEntities(html.replace(/<title>[\s\S]*?<\/title>/, '').replace(/<[^>]+>/g, ' '));
}

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Both parts carry the fact: the text part verbatim, the HTML part escaped. */
function expectInBoth(mail: RenderedMail, fact: string): void {
  expect(mail.text).toContain(fact);
  expect(visibleHtmlText(mail.html)).toContain(fact);
}

describe('renderMail, every template', () => {
  it('lists exactly the twenty-two templates', () => {
    expect([...MAIL_TEMPLATES].sort()).toEqual(
      ['BA_TASK_OVERDUE', 'EMAIL_UNDELIVERABLE_BA', 'ORDER_APPROVED_BESTALLARE', 'ORDER_APPROVED_USER', 'ORDER_REJECTED_BESTALLARE',
        'REQUEST_APPROVED_USER', 'REQUEST_APPROVED_ORDERER', 'REQUEST_REJECTED', 'REQUEST_RETURNED_ORDERER', 'ROLE_REMOVED_USER', 'ROLE_REMOVED_ORDERER', 'TASK_ESCALATED',
        'MANDATE_REGISTERED', 'MANDATE_RENEWED', 'MANDATE_REMINDER', 'MANDATE_EXPIRED', 'MANDATE_REVOKED',
        'LINK_WAITING', 'LINK_MADE', 'LINK_LAPSED', 'LINK_REFUSED', 'LINKS_ENDED_PUB_AVTAL'].sort(),
    );
  });

  it.each(ALL)('%s renders a Swedish HTML document and a plain-text part', (_template, input) => {
    const mail = renderMail(input);
    expect(mail.subject.length).toBeGreaterThan(10);
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(mail.html).toContain('<html lang="sv">');
    expect(mail.html).toContain('<meta charset="utf-8">');
    expect(mail.html).toContain(`<title>${mail.subject}</title>`);
    expect(mail.text).not.toMatch(/<[a-z/!]/i);
    // Layout tables must not be announced as data tables.
    expect(mail.html.match(/<table role="presentation"/g)).toHaveLength(2);
    expectInBoth(mail, mail.subject);
    expectInBoth(mail, 'Uppföljning Finsam');
  });

  it.each(ALL)('%s has the same words in the HTML part as in the text part', (_template, input) => {
    const mail = renderMail(input);
    expect(words(visibleHtmlText(mail.html))).toEqual(words(mail.text));
  });

  it.each(ALL)('%s shows the id of what it is about in both parts', (_template, input) => {
    const mail = renderMail(input);
    const [label, id] =
      'orderId' in input ? ['Ärendenummer', input.orderId]
      : 'linkId' in input ? ['Kopplingens id', input.linkId]
      : 'pubAvtalId' in input ? ['Avtalets id', input.pubAvtalId]
      : ['Uppdragets id', input.mandateId];
    expectInBoth(mail, id);
    expect(mail.text).toContain(`${label}: ${id}`);
  });

  it('rejects an unknown template (inputs may come from JSON)', () => {
    expect(() => renderMail({ template: 'NOPE' } as unknown as MailInput)).toThrow(/Unknown mail template: "NOPE"/);
  });
});

describe('ORDER_APPROVED_USER', () => {
  const input = SAMPLES.ORDER_APPROVED_USER;

  it('tells the user their role, förbund, beställare and that access lasts tills vidare', () => {
    const mail = renderMail(input);
    expect(mail.subject).toBe('Behörighet i Uppföljning Finsam beviljad');
    expectInBoth(mail, 'Hej Åsa Öberg!');
    expectInBoth(mail, 'med rollen Deltagaransvarig för Samordningsförbundet Älvsborg');
    expectInBoth(mail, 'Behörigheten beställdes av Märta Ek');
    expectInBoth(mail, 'Behörigheten gäller tills vidare');
    expect(mail.text).toContain('Giltighet: Tills vidare');
    expect(mail.text).toContain('Roll: Deltagaransvarig');
    expect(mail.text).toContain('Samordningsförbund: Samordningsförbundet Älvsborg');
    expect(mail.text).toContain('Beställd av: Märta Ek');
  });

  it('lists every login method of R-40', () => {
    const mail = renderMail(input);
    expectInBoth(mail, 'Så loggar du in');
    for (const method of ['Efos-kort', 'Arbetsförmedlingens e-tjänstekort', 'BankID', 'Mobilt BankID']) {
      expectInBoth(mail, method);
    }
    expect(mail.text).toContain('- Mobilt BankID');
    expect(mail.html).toMatch(/<li[^>]*>Mobilt BankID<\/li>/);
  });

  it('tells a deltagaransvarig that the förbundsadministratör links them to insatser', () => {
    const mail = renderMail(input);
    expectInBoth(mail, 'Koppling till insatser');
    expectInBoth(mail, 'förbundsadministratören i Samordningsförbundet Älvsborg som kopplar dig till insatserna');
    expect(mail.text).not.toContain('PUB-avtal');
  });

  it('tells a förbundsadministratör about linking and the PUB-avtal instead', () => {
    const mail = renderMail({ ...input, role: 'FORBUNDSADMINISTRATOR', roleLabel: 'Förbundsadministratör' });
    expectInBoth(mail, 'med rollen Förbundsadministratör');
    expectInBoth(mail, 'personuppgiftsbiträdesavtal (PUB-avtal)');
    expect(mail.text).not.toContain('Koppling till insatser');
    expect(mail.html).not.toContain('Koppling till insatser');
  });

  it('chooses the branch from role, not from the label shown', () => {
    const asDeltagare = renderMail({ ...input, role: 'DELTAGARANSVARIG', roleLabel: 'Förbundsadministratör' });
    expect(asDeltagare.text).toContain('Koppling till insatser');
    const asAdmin = renderMail({ ...input, role: 'FORBUNDSADMINISTRATOR', roleLabel: 'Deltagaransvarig' });
    expect(asAdmin.text).not.toContain('Koppling till insatser');
  });

  it('HTML-escapes every interpolated value', () => {
    const mail = renderMail({
      ...input,
      userName: `Åsa ${SCRIPT}`,
      roleLabel: `Roll ${SCRIPT}`,
      forbundName: `Förbund & ${SCRIPT}`,
      bestallareName: `Märta "${SCRIPT}"`,
      orderId: `id-${SCRIPT}`,
    });
    expect(mail.html).not.toContain('<script');
    expect(mail.html).toContain('Hej Åsa &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;!');
    expect(mail.html).toContain('Förbund &amp; &lt;script&gt;');
    // The plain-text part is not HTML: the name stays as written.
    expect(mail.text).toContain(`Hej Åsa ${SCRIPT}!`);
  });

  it('does not let a line break in a name forge a line in the text part', () => {
    const mail = renderMail({ ...input, userName: 'Åsa\r\nRoll: Förbundsadministratör' });
    const lines = mail.text.split('\n');
    expect(lines).not.toContain('Roll: Förbundsadministratör');
    expect(mail.text).toContain('Hej Åsa Roll: Förbundsadministratör!');
  });
});

describe('ORDER_APPROVED_BESTALLARE', () => {
  const input = SAMPLES.ORDER_APPROVED_BESTALLARE;

  it('confirms the order with the decision date in Swedish', () => {
    const mail = renderMail(input);
    expect(mail.subject).toBe('Din beställning av behörighet i Uppföljning Finsam är beviljad');
    expectInBoth(mail, 'Hej Märta Ek!');
    expectInBoth(mail, 'för Åsa Öberg beviljades den 22 november 2026');
    expectInBoth(mail, 'Åsa Öberg har nu rollen Förbundsadministratör för Samordningsförbundet Älvsborg');
    expect(mail.text).toContain('Beviljad: 22 november 2026');
    expect(mail.text).toContain('Användare: Åsa Öberg');
    expect(mail.text).toContain('Giltighet: Tills vidare');
  });

  it('shows the date in Swedish time, not UTC', () => {
    // 23:30 UTC on 22 November is 00:30 on 23 November in Stockholm.
    const mail = renderMail({ ...input, decidedAt: '2026-11-22T23:30:00Z' });
    expectInBoth(mail, 'beviljades den 23 november 2026');
  });

  it("reminds the beställare of their responsibility (R-22) and that removal is a separate order (R-11)", () => {
    const mail = renderMail(input);
    expectInBoth(mail, 'Ditt ansvar som beställare');
    expectInBoth(mail, 'ansvarar du för det som de användare du har beställt behörighet för gör');
    expectInBoth(mail, 'behöver du göra en separat beställning om borttagning');
  });

  it('HTML-escapes names', () => {
    const mail = renderMail({ ...input, userName: SCRIPT, bestallareName: SCRIPT });
    expect(mail.html).not.toContain('<script');
    expect(mail.html).toContain('&lt;script&gt;');
  });

  it('refuses an invalid date rather than printing "Invalid Date"', () => {
    expect(() => renderMail({ ...input, decidedAt: 'igår' })).toThrow(RangeError);
  });
});

describe('ORDER_REJECTED_BESTALLARE', () => {
  const input = SAMPLES.ORDER_REJECTED_BESTALLARE;

  it('tells the beställare that the order was not granted, and why', () => {
    const mail = renderMail(input);
    expect(mail.subject).toBe('Din beställning av behörighet i Uppföljning Finsam har avslagits');
    expectInBoth(mail, 'Hej Märta Ek!');
    expectInBoth(mail, 'för Åsa Öberg har inte beviljats');
    expectInBoth(mail, 'Skäl till avslaget');
    expect(mail.text).toContain('Beställd roll: Deltagaransvarig');
    for (const reason of input.reasons) {
      expect(mail.text).toContain(`- ${reason}`);
      expect(mail.html).toMatch(new RegExp(`<li[^>]*>${reason}</li>`));
    }
  });

  it('says that no reason was given rather than showing an empty list', () => {
    const mail = renderMail({ ...input, reasons: ['  '] });
    expectInBoth(mail, 'Inget skäl har angetts.');
    expect(mail.html).not.toContain('<ul');
  });

  it('HTML-escapes reasons', () => {
    const mail = renderMail({ ...input, reasons: [`Fel i ${SCRIPT}`] });
    expect(mail.html).not.toContain('<script');
    expect(mail.html).toContain('Fel i &lt;script&gt;');
    expect(mail.text).toContain(`- Fel i ${SCRIPT}`);
  });
});

describe('BA_TASK_OVERDUE', () => {
  const input = SAMPLES.BA_TASK_OVERDUE;

  it('reminds BA with the task, its dates and how late it is', () => {
    const mail = renderMail(input);
    expect(mail.subject).toBe('Påminnelse: försenad uppgift – Ny användare: Åsa Öberg, Samordningsförbundet Älvsborg');
    expectInBoth(mail, 'skulle ha varit handlagd senast den 20 november 2026');
    expectInBoth(mail, 'försenad med 2 arbetsdagar');
    expect(mail.text).toContain('Uppgifts-id: T-981');
    expect(mail.text).toContain('Inkom: 16 november 2026');
    expect(mail.text).toContain('Skulle vara klar: 20 november 2026');
    expect(mail.text).toContain('Försenad: 2 arbetsdagar');
  });

  it('uses the singular for one working day', () => {
    const mail = renderMail({ ...input, workingDaysOverdue: 1 });
    expect(mail.text).toContain('Försenad: 1 arbetsdag\n');
  });

  it('keeps a line break in the task subject out of the Subject header', () => {
    const mail = renderMail({ ...input, subject: 'Ny användare\r\nBcc: someone@example.com' });
    expect(mail.subject).toBe('Påminnelse: försenad uppgift – Ny användare Bcc: someone@example.com');
  });

  it('HTML-escapes the task subject', () => {
    const mail = renderMail({ ...input, subject: SCRIPT });
    expect(mail.html).not.toContain('<script');
    expect(mail.html).toContain('<title>Påminnelse: försenad uppgift – &lt;script&gt;');
  });

  it.each([-1, 1.5, Number.NaN])('refuses workingDaysOverdue = %p', (workingDaysOverdue) => {
    expect(() => renderMail({ ...input, workingDaysOverdue })).toThrow(RangeError);
  });
});

describe('beställare mandate e-mails (R-20, R-21, R-41)', () => {
  it('MANDATE_REGISTERED tells the beställare what the mandate gives, until when, and that it is no login', () => {
    const mail = renderMail(SAMPLES.MANDATE_REGISTERED);
    expect(mail.subject).toBe('Registrerad som beställare för Älvsby kommun');
    expectInBoth(mail, 'Du är registrerad som beställare för Älvsby kommun till och med 2028-11-23');
    expectInBoth(mail, 'ger ingen inloggning i Uppföljning Finsam');
  });

  it('MANDATE_REMINDER says when it ends and how to renew', () => {
    const mail = renderMail(SAMPLES.MANDATE_REMINDER);
    expect(mail.subject).toBe('Påminnelse: uppdraget som beställare upphör 2028-11-23');
    expectInBoth(mail, 'gäller till och med 2028-11-23, om 60 dagar');
    expectInBoth(mail, 'högst två år i taget');
  });

  it('MANDATE_EXPIRED to a representative names the beställare', () => {
    const mail = renderMail(SAMPLES.MANDATE_EXPIRED);
    expectInBoth(mail, 'Märta Eks uppdrag som beställare för Älvsby kommun gällde till och med 2028-11-23');
    expectInBoth(mail, 'beställningar som redan skickats in handläggs som vanligt');
  });

  it('MANDATE_REVOKED says who revoked it and why', () => {
    const mail = renderMail(SAMPLES.MANDATE_REVOKED);
    expectInBoth(mail, 'har återkallats av Ulf Ahl');
    expectInBoth(mail, 'Har bytt tjänst.');
  });
});
