"use strict";
// The e-mails the system sends, as pure functions of their input. Each template builds one
// MailDocument; document.ts turns it into matching HTML and plain-text parts.
// Rule ids (R-…) refer to docs/rules.md.
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAIL_TEMPLATES = void 0;
exports.renderMail = renderMail;
const dates_1 = require("./dates");
const document_1 = require("./document");
const link_templates_1 = require("./link-templates");
const mandate_templates_1 = require("./mandate-templates");
const request_templates_1 = require("./request-templates");
const text_1 = require("./text");
exports.MAIL_TEMPLATES = [
    'ORDER_APPROVED_USER',
    'ORDER_APPROVED_BESTALLARE',
    'ORDER_REJECTED_BESTALLARE',
    'BA_TASK_OVERDUE',
    'EMAIL_UNDELIVERABLE_BA',
    ...request_templates_1.REQUEST_MAIL_TEMPLATES,
    ...mandate_templates_1.MANDATE_MAIL_TEMPLATES,
    ...link_templates_1.LINK_MAIL_TEMPLATES,
];
const SIGNATURE_BA = ['Med vänlig hälsning', 'Behörighetsadministrationen', 'Försäkringskassan'];
const VALID_UNTIL = 'Tills vidare';
// every way a user can log in.
const LOGIN_METHODS = [
    'Efos-kort (Försäkringskassans e-tjänstekort)',
    'Arbetsförmedlingens e-tjänstekort',
    'BankID',
    'Mobilt BankID',
];
function orderApprovedUser(input) {
    const userName = (0, text_1.singleLine)(input.userName);
    const roleLabel = (0, text_1.singleLine)(input.roleLabel);
    const forbundName = (0, text_1.singleLine)(input.forbundName);
    const bestallareName = (0, text_1.singleLine)(input.bestallareName);
    // a deltagaransvarig sees nothing until linked to insatser; R-31: linking needs
    // a PUB-avtal, which the förbundsadministratör must know before linking anyone.
    const roleSection = input.role === 'DELTAGARANSVARIG'
        ? [
            { kind: 'heading', text: 'Koppling till insatser' },
            {
                kind: 'paragraph',
                text: 'Som deltagaransvarig registrerar du deltagare i de insatser som du är kopplad till. ' +
                    `Det är förbundsadministratören i ${forbundName} som kopplar dig till insatserna. ` +
                    'Innan det är gjort kan du inte registrera några deltagare. ' +
                    'Kontakta förbundsadministratören om du saknar en insats som du arbetar i.',
            },
        ]
        : [
            { kind: 'heading', text: 'Ditt uppdrag som förbundsadministratör' },
            {
                kind: 'paragraph',
                text: 'Som förbundsadministratör registrerar du förbundets ekonomi, insatser och budget, ' +
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
                text: `Du har nu behörighet i Uppföljning Finsam med rollen ${roleLabel} för ${forbundName}. ` +
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
                    ['Ärendenummer', (0, text_1.singleLine)(input.orderId)],
                ],
            },
            {
                kind: 'paragraph',
                // R-09 (tills vidare) and R-11 (removal is its own order, placed by the beställare).
                text: 'Behörigheten gäller tills vidare. När du inte längre behöver den, till exempel om du ' +
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
function orderApprovedBestallare(input) {
    const userName = (0, text_1.singleLine)(input.userName);
    const roleLabel = (0, text_1.singleLine)(input.roleLabel);
    const forbundName = (0, text_1.singleLine)(input.forbundName);
    const decided = (0, dates_1.formatSwedishDate)(input.decidedAt);
    return {
        subject: 'Din beställning av behörighet i Uppföljning Finsam är beviljad',
        greeting: `Hej ${(0, text_1.singleLine)(input.bestallareName)}!`,
        blocks: [
            {
                kind: 'paragraph',
                text: `Din beställning av behörighet i Uppföljning Finsam för ${userName} beviljades den ${decided}. ` +
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
                    ['Ärendenummer', (0, text_1.singleLine)(input.orderId)],
                ],
            },
            { kind: 'heading', text: 'Ditt ansvar som beställare' },
            {
                kind: 'paragraph',
                //
                text: 'Som beställare ansvarar du för det som de användare du har beställt behörighet för gör i ' +
                    'Uppföljning Finsam. En användare ska inte ha mer behörighet än arbetet kräver.',
            },
            {
                kind: 'paragraph',
                // access never lapses by itself, so the beställare has to act.
                text: `Behörigheten gäller tills vidare och upphör inte av sig själv. När ${userName} inte längre ` +
                    'ska ha den, till exempel vid byte av arbetsuppgifter eller när anställningen upphör, ' +
                    'behöver du göra en separat beställning om borttagning.',
            },
        ],
        signature: SIGNATURE_BA,
    };
}
function orderRejectedBestallare(input) {
    const userName = (0, text_1.singleLine)(input.userName);
    const reasons = input.reasons.map(text_1.singleLine).filter((reason) => reason !== '');
    // A rejection without a stated reason should not happen, but the beställare must still be
    // told where to ask rather than get an empty list.
    const reasonBlocks = reasons.length
        ? [{ kind: 'list', items: reasons }]
        : [{ kind: 'paragraph', text: 'Inget skäl har angetts.' }];
    return {
        subject: 'Din beställning av behörighet i Uppföljning Finsam har avslagits',
        greeting: `Hej ${(0, text_1.singleLine)(input.bestallareName)}!`,
        blocks: [
            {
                kind: 'paragraph',
                text: `Din beställning av behörighet i Uppföljning Finsam för ${userName} har inte beviljats. ` +
                    'Ingen behörighet har registrerats.',
            },
            {
                kind: 'facts',
                caption: 'Beställningen',
                rows: [
                    ['Användare', userName],
                    ['Beställd roll', (0, text_1.singleLine)(input.roleLabel)],
                    ['Samordningsförbund', (0, text_1.singleLine)(input.forbundName)],
                    ['Ärendenummer', (0, text_1.singleLine)(input.orderId)],
                ],
            },
            { kind: 'heading', text: 'Skäl till avslaget' },
            ...reasonBlocks,
            {
                kind: 'paragraph',
                text: 'Du kan göra en ny beställning när det som står ovan är åtgärdat. Kontakta ' +
                    'Försäkringskassans behörighetsadministration om du har frågor om beslutet.',
            },
        ],
        signature: SIGNATURE_BA,
    };
}
function workingDays(count) {
    if (count === 0)
        return 'mindre än en arbetsdag';
    return count === 1 ? '1 arbetsdag' : `${count} arbetsdagar`;
}
function baTaskOverdue(input) {
    if (!Number.isInteger(input.workingDaysOverdue) || input.workingDaysOverdue < 0) {
        throw new RangeError(`workingDaysOverdue must be a non-negative integer, got ${input.workingDaysOverdue}`);
    }
    const taskSubject = (0, text_1.singleLine)(input.subject);
    const due = (0, dates_1.formatSwedishDate)(input.dueAt);
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
                    ['Uppgifts-id', (0, text_1.singleLine)(input.taskId)],
                    ['Ärendenummer', (0, text_1.singleLine)(input.orderId)],
                    ['Inkom', (0, dates_1.formatSwedishDate)(input.submittedAt)],
                    ['Skulle vara klar', due],
                    ['Försenad', overdue],
                ],
            },
            {
                kind: 'paragraph',
                text: 'Beställaren och användaren väntar på beslutet. Handlägg uppgiften så snart som möjligt ' +
                    'eller fördela den till en kollega.',
            },
        ],
    };
}
function emailUndeliverableBa(input) {
    return {
        subject: `E-post kunde inte levereras – ärende ${(0, text_1.singleLine)(input.orderId)}`,
        greeting: 'Hej!',
        blocks: [
            {
                kind: 'paragraph',
                text: 'Ett e-postmeddelande om ett ärende kunde inte levereras: mottagarens e-postserver ' +
                    'nekade det permanent. Det skickas inte igen.',
            },
            {
                kind: 'facts',
                caption: 'Meddelandet',
                rows: [
                    ['Ärendenummer', (0, text_1.singleLine)(input.orderId)],
                    ['Mottagare', (0, text_1.singleLine)(input.recipient)],
                    ['Ämne', (0, text_1.singleLine)(input.failedSubject)],
                    ['Serverns svar', (0, text_1.singleLine)(input.serverResponse)],
                ],
            },
            {
                kind: 'paragraph',
                text: 'Kontrollera e-postadressen och kontakta mottagaren på annat sätt om beskedet är viktigt.',
            },
        ],
    };
}
function toDocument(input) {
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
            return (0, request_templates_1.requestMailDocument)(input);
        case 'MANDATE_REGISTERED':
        case 'MANDATE_RENEWED':
        case 'MANDATE_REMINDER':
        case 'MANDATE_EXPIRED':
        case 'MANDATE_REVOKED':
            return (0, mandate_templates_1.mandateMailDocument)(input);
        case 'LINK_WAITING':
        case 'LINK_MADE':
        case 'LINK_LAPSED':
        case 'LINK_REFUSED':
        case 'LINKS_ENDED_PUB_AVTAL':
            return (0, link_templates_1.linkMailDocument)(input);
        default: {
            // Inputs may arrive as JSON (e.g. Temporal activity arguments), so guard at runtime too.
            const unknown = input;
            throw new Error(`Unknown mail template: ${JSON.stringify(unknown.template)}`);
        }
    }
}
/** Renders one e-mail; throws on an unknown template or an invalid date. */
function renderMail(input) {
    const doc = toDocument(input);
    return { subject: doc.subject, html: (0, document_1.renderDocumentHtml)(doc), text: (0, document_1.renderDocumentText)(doc) };
}
//# sourceMappingURL=templates.js.map