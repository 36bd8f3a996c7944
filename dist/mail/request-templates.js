"use strict";
// The e-mails of the request kinds beyond blankett 9480 (docs/rules.md): a chef's order, AF's
// service-desk route, removal, SUS roles, a returned request and an escalated task. Written for
// any system (Uppföljning Finsam or SUS) and any orderer (beställare or chef).
Object.defineProperty(exports, "__esModule", { value: true });
exports.REQUEST_MAIL_TEMPLATES = void 0;
exports.requestMailDocument = requestMailDocument;
const dates_1 = require("./dates");
const text_1 = require("./text");
const SIGNATURE_BA = ['Med vänlig hälsning', 'Behörighetsadministrationen', 'Försäkringskassan'];
exports.REQUEST_MAIL_TEMPLATES = [
    'REQUEST_APPROVED_USER',
    'REQUEST_APPROVED_ORDERER',
    'REQUEST_REJECTED',
    'REQUEST_RETURNED_ORDERER',
    'ROLE_REMOVED_USER',
    'ROLE_REMOVED_ORDERER',
    'TASK_ESCALATED',
];
function facts(input, caption) {
    return {
        kind: 'facts',
        caption,
        rows: [
            ['Användare', (0, text_1.singleLine)(input.userName)],
            ['Roll', (0, text_1.singleLine)(input.roleLabel)],
            ...(input.forbundName ? [['Samordningsförbund', (0, text_1.singleLine)(input.forbundName)]] : []),
            ['System', (0, text_1.singleLine)(input.systemName)],
            ['Beställd av', (0, text_1.singleLine)(input.ordererName)],
            ['Ärendenummer', (0, text_1.singleLine)(input.orderId)],
        ],
    };
}
const where = (input) => (input.forbundName ? ` för ${(0, text_1.singleLine)(input.forbundName)}` : '');
function requestMailDocument(input) {
    switch (input.template) {
        case 'REQUEST_APPROVED_USER':
            return {
                subject: `Behörighet i ${input.systemName} beviljad`,
                greeting: `Hej ${(0, text_1.singleLine)(input.userName)}!`,
                blocks: [
                    { kind: 'paragraph', text: `Du har nu behörighet i ${input.systemName} med rollen ${(0, text_1.singleLine)(input.roleLabel)}${where(input)}. Behörigheten beställdes av ${(0, text_1.singleLine)(input.ordererName)} och har registrerats av Försäkringskassans behörighetsadministration.` },
                    facts(input, 'Din behörighet'),
                    { kind: 'paragraph', text: 'Behörigheten gäller tills vidare. När du inte längre behöver den ska den som beställde den beställa att den tas bort.' },
                ],
                signature: SIGNATURE_BA,
            };
        case 'REQUEST_APPROVED_ORDERER':
            return {
                subject: `Din beställning av behörighet i ${input.systemName} är beviljad`,
                greeting: `Hej ${(0, text_1.singleLine)(input.ordererName)}!`,
                blocks: [
                    { kind: 'paragraph', text: `Din beställning för ${(0, text_1.singleLine)(input.userName)} beviljades den ${(0, dates_1.formatSwedishDate)(input.decidedAt)}. ${(0, text_1.singleLine)(input.userName)} har nu rollen ${(0, text_1.singleLine)(input.roleLabel)}${where(input)} och får ett eget e-postmeddelande.` },
                    facts(input, 'Beställningen'),
                    { kind: 'paragraph', text: 'Behörigheten gäller tills vidare och upphör inte av sig själv. När den inte längre behövs ska du beställa borttagning.' },
                ],
                signature: SIGNATURE_BA,
            };
        case 'REQUEST_REJECTED': {
            const reasons = input.reasons.map(text_1.singleLine).filter((r) => r !== '');
            const toSubject = input.audience === 'SUBJECT';
            return {
                subject: toSubject ? `Beställningen av behörighet i ${input.systemName} för dig har avslagits` : `Din beställning av behörighet i ${input.systemName} har avslagits`,
                greeting: `Hej ${(0, text_1.singleLine)(toSubject ? input.userName : input.ordererName)}!`,
                blocks: [
                    { kind: 'paragraph', text: toSubject
                            ? `${(0, text_1.singleLine)(input.ordererName)} beställde rollen ${(0, text_1.singleLine)(input.roleLabel)}${where(input)} åt dig. Beställningen har inte beviljats, och ingen behörighet har registrerats.`
                            : `Din beställning för ${(0, text_1.singleLine)(input.userName)} har inte beviljats. Ingen behörighet har registrerats.` },
                    facts(input, 'Beställningen'),
                    { kind: 'heading', text: 'Skäl till avslaget' },
                    reasons.length ? { kind: 'list', items: reasons } : { kind: 'paragraph', text: 'Inget skäl har angetts.' },
                    { kind: 'paragraph', text: 'Kontakta Försäkringskassans behörighetsadministration om du har frågor om beslutet.' },
                ],
                signature: SIGNATURE_BA,
            };
        }
        case 'REQUEST_RETURNED_ORDERER':
            return {
                subject: `Din beställning av behörighet i ${input.systemName} har skickats tillbaka`,
                greeting: `Hej ${(0, text_1.singleLine)(input.ordererName)}!`,
                blocks: [
                    { kind: 'paragraph', text: `${(0, text_1.singleLine)(input.stageLabel)} har skickat tillbaka din beställning för ${(0, text_1.singleLine)(input.userName)} för komplettering.` },
                    { kind: 'heading', text: 'Det här behöver rättas' },
                    { kind: 'paragraph', text: (0, text_1.singleLine)(input.reason) },
                    facts(input, 'Beställningen'),
                    { kind: 'paragraph', text: 'Rätta beställningen och skicka in den igen, eller återkalla den om den inte längre behövs. Ingen behörighet registreras förrän beställningen är beviljad.' },
                ],
                signature: SIGNATURE_BA,
            };
        case 'ROLE_REMOVED_USER':
            return {
                subject: `Din behörighet i ${input.systemName} har tagits bort`,
                greeting: `Hej ${(0, text_1.singleLine)(input.userName)}!`,
                blocks: [
                    { kind: 'paragraph', text: `Din roll ${(0, text_1.singleLine)(input.roleLabel)}${where(input)} i ${input.systemName} har tagits bort på beställning av ${(0, text_1.singleLine)(input.ordererName)}. Du kan inte längre använda rollen.` },
                    facts(input, 'Borttagen behörighet'),
                ],
                signature: SIGNATURE_BA,
            };
        case 'ROLE_REMOVED_ORDERER':
            return {
                subject: `Behörighet i ${input.systemName} borttagen`,
                greeting: `Hej ${(0, text_1.singleLine)(input.ordererName)}!`,
                blocks: [
                    { kind: 'paragraph', text: `Rollen ${(0, text_1.singleLine)(input.roleLabel)}${where(input)} har tagits bort från ${(0, text_1.singleLine)(input.userName)} enligt din beställning. Användaren har fått ett eget meddelande.` },
                    facts(input, 'Borttagen behörighet'),
                ],
                signature: SIGNATURE_BA,
            };
        case 'TASK_ESCALATED':
            return {
                subject: `Eskalering: försenad uppgift hos ${(0, text_1.singleLine)(input.stageLabel)} – ärende ${(0, text_1.singleLine)(input.orderId)}`,
                greeting: 'Hej!',
                blocks: [
                    { kind: 'paragraph', text: `En uppgift hos ${(0, text_1.singleLine)(input.stageLabel)} skulle ha varit klar den ${(0, dates_1.formatSwedishDate)(input.dueAt)} och är försenad. Den visas nu även i er kö, markerad som eskalerad.` },
                    {
                        kind: 'facts',
                        caption: 'Uppgiften',
                        rows: [
                            ['Uppgift', (0, text_1.singleLine)(input.subject)],
                            ['Uppgifts-id', (0, text_1.singleLine)(input.taskId)],
                            ['Ärendenummer', (0, text_1.singleLine)(input.orderId)],
                            ['Inkom', (0, dates_1.formatSwedishDate)(input.submittedAt)],
                            ['Skulle vara klar', (0, dates_1.formatSwedishDate)(input.dueAt)],
                            ['Försenad', `${input.workingDaysOverdue} arbetsdag${input.workingDaysOverdue === 1 ? '' : 'ar'}`],
                        ],
                    },
                    { kind: 'paragraph', text: `Kontakta ${(0, text_1.singleLine)(input.stageLabel)} så att ärendet blir handlagt.` },
                ],
            };
    }
}
//# sourceMappingURL=request-templates.js.map