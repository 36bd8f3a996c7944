// The e-mails the system sends, as pure functions of their input. Each template builds one
// MailDocument; document.ts turns it into matching HTML and plain-text parts.
// Rule ids (R-…) refer to docs/rules.md.

import { formatSwedishDate } from './dates';
import { renderDocumentHtml, renderDocumentText, type Block, type MailDocument } from './document';
import type { Role } from '../domain/roles';
import { LINK_MAIL_TEMPLATES, linkMailDocument, type LinkMailInput } from './link-templates';
import { MANDATE_MAIL_TEMPLATES, mandateMailDocument, type MandateMailInput } from './mandate-templates';
import { REQUEST_MAIL_TEMPLATES, requestMailDocument, type RequestMailInput } from './request-templates';
import { singleLine } from './text';

export const MAIL_TEMPLATES = [
  'ORDER_APPROVED_USER',
  'ORDER_APPROVED_BESTALLARE',
  'ORDER_REJECTED_BESTALLARE',
  'BA_TASK_OVERDUE',
  'EMAIL_UNDELIVERABLE_BA',
  ...REQUEST_MAIL_TEMPLATES,
  ...MANDATE_MAIL_TEMPLATES,
  ...LINK_MAIL_TEMPLATES,
] as const;

export type MailTemplate = (typeof MAIL_TEMPLATES)[number];


export interface OrderApprovedUserInput {
  template: 'ORDER_APPROVED_USER';
  orderId: string;
  userName: string;
  /** Drives the role-specific section; roleLabel is only what is shown. */
  role: Role;
  roleLabel: string;
  forbundName: string;
  bestallareName: string;
}

export interface OrderApprovedBestallareInput {
  template: 'ORDER_APPROVED_BESTALLARE';
  orderId: string;
  bestallareName: string;
  userName: string;
  roleLabel: string;
  forbundName: string;
  /** ISO 8601 timestamp of BA's decision. */
  decidedAt: string;
}

export interface OrderRejectedBestallareInput {
  template: 'ORDER_REJECTED_BESTALLARE';
  orderId: string;
  bestallareName: string;
  userName: string;
  roleLabel: string;
  forbundName: string;
  /** Swedish sentences, from BA or from the rule checks. */
  reasons: readonly string[];
}

export interface BaTaskOverdueInput {
  template: 'BA_TASK_OVERDUE';
  taskId: string;
  orderId: string;
  /** The task's own subject line, e.g. "Ny användare: Anna Andersson, Finsam Göteborg". */
  subject: string;
  /** ISO 8601 timestamps. */
  submittedAt: string;
  dueAt: string;
  workingDaysOverdue: number;
}

/** Tells BA's mailbox that an e-mail about an order was refused for good by the mail server. */
export interface EmailUndeliverableBaInput {
  template: 'EMAIL_UNDELIVERABLE_BA';
  orderId: string;
  recipient: string;
  /** The subject of the e-mail that could not be delivered. */
  failedSubject: string;
  /** The mail server's answer, e.g. "550 5.1.1 no such mailbox". */
  serverResponse: string;
}

export type MailInput =
  | OrderApprovedUserInput
  | OrderApprovedBestallareInput
  | OrderRejectedBestallareInput
  | BaTaskOverdueInput
  | EmailUndeliverableBaInput
  | RequestMailInput
  | MandateMailInput
  | LinkMailInput;

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

const SIGNATURE_BA = ['Med vänlig hälsning', 'Behörighetsadministrationen', 'Försäkringskassan'];
const VALID_UNTIL = 'Tills vidare';

// every way a user can log in.
const LOGIN_METHODS = [
  'Efos-kort (Försäkringskassans e-tjänstekort)',
  'Arbetsförmedlingens e-tjänstekort',
  'BankID',
  'Mobilt BankID',
];

function orderApprovedUser(input: OrderApprovedUserInput): MailDocument {
  const userName = singleLine(input.userName);
  const roleLabel = singleLine(input.roleLabel);
  const forbundName = singleLine(input.forbundName);
  const bestallareName = singleLine(input.bestallareName);

  // a deltagaransvarig sees nothing until linked to insatser; R-31: linking needs
  // a PUB-avtal, which the förbundsadministratör must know before linking anyone.
  const roleSection: Block[] =
    input.role === 'DELTAGARANSVARIG'
      ? [
          { kind: 'heading', text: 'Koppling till insatser' },
          {
            kind: 'paragraph',
            text:
              'Som deltagaransvarig registrerar du deltagare i de insatser som du är kopplad till. ' +
              `Det är förbundsadministratören i ${forbundName} som kopplar dig till insatserna. ` +
              'Innan det är gjort kan du inte registrera några deltagare. ' +
              'Kontakta förbundsadministratören om du saknar en insats som du arbetar i.',
          },
        ]
      : [
          { kind: 'heading', text: 'Ditt uppdrag som förbundsadministratör' },
          {
            kind: 'paragraph',
            text:
              'Som förbundsadministratör registrerar du förbundets ekonomi, insatser och budget, ' +
              'och du kopplar deltagaransvariga till de insatser som de arbetar i. ' +
              'Innan du kopplar någon deltagaransvarig måste det finnas ett personuppgiftsbiträdesavtal ' +
              '(PUB-avtal) mellan Försäkringskassan och förbundet.',
          },
        ];

  return {
    subject: 'Behörighet i Uppföljning Finsam beviljad',
    greeting: `Hej ${userName}!`,
    blocks: [
      {
        kind: 'paragraph',
        text:
          `Du har nu behörighet i Uppföljning Finsam med rollen ${roleLabel} för ${forbundName}. ` +
          `Behörigheten beställdes av ${bestallareName} och har registrerats av ` +
          'Försäkringskassans behörighetsadministration.',
      },
      {
        kind: 'facts',
        caption: 'Din behörighet',
        rows: [
          ['Roll', roleLabel],
          ['Samordningsförbund', forbundName],
          ['Beställd av', bestallareName],
          ['Giltighet', VALID_UNTIL],
          ['Ärendenummer', singleLine(input.orderId)],
        ],
      },
      {
        kind: 'paragraph',
        // R-09 (tills vidare) and R-11 (removal is its own order, placed by the beställare).
        text:
          'Behörigheten gäller tills vidare. När du inte längre behöver den, till exempel om du ' +
          'byter arbetsuppgifter, ska din beställare beställa att den tas bort.',
      },
      { kind: 'heading', text: 'Så loggar du in' },
      { kind: 'paragraph', text: 'Du loggar in i Uppföljning Finsam med någon av följande inloggningsmetoder:' },
      { kind: 'list', items: LOGIN_METHODS },
      ...roleSection,
    ],
    signature: SIGNATURE_BA,
  };
}

function orderApprovedBestallare(input: OrderApprovedBestallareInput): MailDocument {
  const userName = singleLine(input.userName);
  const roleLabel = singleLine(input.roleLabel);
  const forbundName = singleLine(input.forbundName);
  const decided = formatSwedishDate(input.decidedAt);

  return {
    subject: 'Din beställning av behörighet i Uppföljning Finsam är beviljad',
    greeting: `Hej ${singleLine(input.bestallareName)}!`,
    blocks: [
      {
        kind: 'paragraph',
        text:
          `Din beställning av behörighet i Uppföljning Finsam för ${userName} beviljades den ${decided}. ` +
          `${userName} har nu rollen ${roleLabel} för ${forbundName} och får ett eget e-postmeddelande ` +
          'om hur inloggningen går till.',
      },
      {
        kind: 'facts',
        caption: 'Beställningen',
        rows: [
          ['Användare', userName],
          ['Roll', roleLabel],
          ['Samordningsförbund', forbundName],
          ['Beviljad', decided],
          ['Giltighet', VALID_UNTIL],
          ['Ärendenummer', singleLine(input.orderId)],
        ],
      },
      { kind: 'heading', text: 'Ditt ansvar som beställare' },
      {
        kind: 'paragraph',
        //
        text:
          'Som beställare ansvarar du för det som de användare du har beställt behörighet för gör i ' +
          'Uppföljning Finsam. En användare ska inte ha mer behörighet än arbetet kräver.',
      },
      {
        kind: 'paragraph',
        // access never lapses by itself, so the beställare has to act.
        text:
          `Behörigheten gäller tills vidare och upphör inte av sig själv. När ${userName} inte längre ` +
          'ska ha den, till exempel vid byte av arbetsuppgifter eller när anställningen upphör, ' +
          'behöver du göra en separat beställning om borttagning.',
      },
    ],
    signature: SIGNATURE_BA,
  };
}

function orderRejectedBestallare(input: OrderRejectedBestallareInput): MailDocument {
  const userName = singleLine(input.userName);
  const reasons = input.reasons.map(singleLine).filter((reason) => reason !== '');

  // A rejection without a stated reason should not happen, but the beställare must still be
  // told where to ask rather than get an empty list.
  const reasonBlocks: Block[] = reasons.length
    ? [{ kind: 'list', items: reasons }]
    : [{ kind: 'paragraph', text: 'Inget skäl har angetts.' }];

  return {
    subject: 'Din beställning av behörighet i Uppföljning Finsam har avslagits',
    greeting: `Hej ${singleLine(input.bestallareName)}!`,
    blocks: [
      {
        kind: 'paragraph',
        text:
          `Din beställning av behörighet i Uppföljning Finsam för ${userName} har inte beviljats. ` +
          'Ingen behörighet har registrerats.',
      },
      {
        kind: 'facts',
        caption: 'Beställningen',
        rows: [
          ['Användare', userName],
          ['Beställd roll', singleLine(input.roleLabel)],
          ['Samordningsförbund', singleLine(input.forbundName)],
          ['Ärendenummer', singleLine(input.orderId)],
        ],
      },
      { kind: 'heading', text: 'Skäl till avslaget' },
      ...reasonBlocks,
      {
        kind: 'paragraph',
        text:
          'Du kan göra en ny beställning när det som står ovan är åtgärdat. Kontakta ' +
          'Försäkringskassans behörighetsadministration om du har frågor om beslutet.',
      },
    ],
    signature: SIGNATURE_BA,
  };
}

function workingDays(count: number): string {
  if (count === 0) return 'mindre än en arbetsdag';
  return count === 1 ? '1 arbetsdag' : `${count} arbetsdagar`;
}

function baTaskOverdue(input: BaTaskOverdueInput): MailDocument {
  if (!Number.isInteger(input.workingDaysOverdue) || input.workingDaysOverdue < 0) {
    throw new RangeError(`workingDaysOverdue must be a non-negative integer, got ${input.workingDaysOverdue}`);
  }
  const taskSubject = singleLine(input.subject);
  const due = formatSwedishDate(input.dueAt);
  const overdue = workingDays(input.workingDaysOverdue);

  return {
    subject: `Påminnelse: försenad uppgift – ${taskSubject}`,
    greeting: 'Hej!',
    blocks: [
      {
        kind: 'paragraph',
        text: `Uppgiften nedan skulle ha varit handlagd senast den ${due}. Den är nu försenad med ${overdue}.`,
      },
      {
        kind: 'facts',
        caption: 'Uppgiften',
        rows: [
          ['Uppgift', taskSubject],
          ['Uppgifts-id', singleLine(input.taskId)],
          ['Ärendenummer', singleLine(input.orderId)],
          ['Inkom', formatSwedishDate(input.submittedAt)],
          ['Skulle vara klar', due],
          ['Försenad', overdue],
        ],
      },
      {
        kind: 'paragraph',
        text:
          'Beställaren och användaren väntar på beslutet. Handlägg uppgiften så snart som möjligt ' +
          'eller fördela den till en kollega.',
      },
    ],
  };
}

function emailUndeliverableBa(input: EmailUndeliverableBaInput): MailDocument {
  return {
    subject: `E-post kunde inte levereras – ärende ${singleLine(input.orderId)}`,
    greeting: 'Hej!',
    blocks: [
      {
        kind: 'paragraph',
        text:
          'Ett e-postmeddelande om ett ärende kunde inte levereras: mottagarens e-postserver ' +
          'nekade det permanent. Det skickas inte igen.',
      },
      {
        kind: 'facts',
        caption: 'Meddelandet',
        rows: [
          ['Ärendenummer', singleLine(input.orderId)],
          ['Mottagare', singleLine(input.recipient)],
          ['Ämne', singleLine(input.failedSubject)],
          ['Serverns svar', singleLine(input.serverResponse)],
        ],
      },
      {
        kind: 'paragraph',
        text: 'Kontrollera e-postadressen och kontakta mottagaren på annat sätt om beskedet är viktigt.',
      },
    ],
  };
}

function toDocument(input: MailInput): MailDocument {
  switch (input.template) {
    case 'ORDER_APPROVED_USER':
      return orderApprovedUser(input);
    case 'ORDER_APPROVED_BESTALLARE':
      return orderApprovedBestallare(input);
    case 'ORDER_REJECTED_BESTALLARE':
      return orderRejectedBestallare(input);
    case 'BA_TASK_OVERDUE':
      return baTaskOverdue(input);
    case 'EMAIL_UNDELIVERABLE_BA':
      return emailUndeliverableBa(input);
    case 'REQUEST_APPROVED_USER':
    case 'REQUEST_APPROVED_ORDERER':
    case 'REQUEST_REJECTED':
    case 'REQUEST_RETURNED_ORDERER':
    case 'ROLE_REMOVED_USER':
    case 'ROLE_REMOVED_ORDERER':
    case 'TASK_ESCALATED':
      return requestMailDocument(input);
    case 'MANDATE_REGISTERED':
    case 'MANDATE_RENEWED':
    case 'MANDATE_REMINDER':
    case 'MANDATE_EXPIRED':
    case 'MANDATE_REVOKED':
      return mandateMailDocument(input);
    case 'LINK_WAITING':
    case 'LINK_MADE':
    case 'LINK_LAPSED':
    case 'LINK_REFUSED':
    case 'LINKS_ENDED_PUB_AVTAL':
      return linkMailDocument(input);
    default: {
      // Inputs may arrive as JSON (e.g. Temporal activity arguments), so guard at runtime too.
      const unknown: never = input;
      throw new Error(`Unknown mail template: ${JSON.stringify((unknown as { template?: unknown }).template)}`);
    }
  }
}

/** Renders one e-mail; throws on an unknown template or an invalid date. */
export function renderMail(input: MailInput): RenderedMail {
  const doc = toDocument(input);
  return { subject: doc.subject, html: renderDocumentHtml(doc), text: renderDocumentText(doc) };
}
