"use strict";
// The e-mails of a beställare mandate: registered, renewed, reminders before it
// ends, ended, revoked. Written for the beställare or for the Part's authorised representative.
// A beställare mandate never gives a login: the e-mails say what it does give.
Object.defineProperty(exports, "__esModule", { value: true });
exports.MANDATE_MAIL_TEMPLATES = void 0;
exports.mandateMailDocument = mandateMailDocument;
const text_1 = require("./text");
const SIGNATURE_BA = ['Med vänlig hälsning', 'Behörighetsadministrationen', 'Försäkringskassan'];
exports.MANDATE_MAIL_TEMPLATES = ['MANDATE_REGISTERED', 'MANDATE_RENEWED', 'MANDATE_REMINDER', 'MANDATE_EXPIRED', 'MANDATE_REVOKED'];
const facts = (input) => ({
    kind: 'facts',
    caption: 'Uppdraget som beställare',
    rows: [
        ['Beställare', (0, text_1.singleLine)(input.bestallareName)],
        ['Organisation', (0, text_1.singleLine)(input.organisationName)],
        ['Gäller till och med', input.lastDay],
        ['Uppdragets id', (0, text_1.singleLine)(input.mandateId)],
    ],
});
const toBestallare = (input) => input.audience === 'BESTALLARE';
const whose = (input) => (toBestallare(input) ? 'Ditt uppdrag' : `${(0, text_1.singleLine)(input.bestallareName)}s uppdrag`);
const RENEW_HOW = 'Uppdraget förnyas av en behörig företrädare för organisationen, högst två år i taget (förnyelsen godkänns av Försäkringskassans behörighetsadministration).';
function mandateMailDocument(input) {
    const greeting = `Hej ${(0, text_1.singleLine)(input.recipientName)}!`;
    switch (input.template) {
        case 'MANDATE_REGISTERED':
        case 'MANDATE_RENEWED': {
            const renewed = input.template === 'MANDATE_RENEWED';
            return {
                subject: renewed ? `Uppdraget som beställare för ${(0, text_1.singleLine)(input.organisationName)} är förnyat` : `Registrerad som beställare för ${(0, text_1.singleLine)(input.organisationName)}`,
                greeting,
                blocks: [
                    {
                        kind: 'paragraph',
                        text: toBestallare(input)
                            ? `Du är ${renewed ? 'fortsatt ' : ''}registrerad som beställare för ${(0, text_1.singleLine)(input.organisationName)} till och med ${input.lastDay}. Du kan beställa behörighet i Uppföljning Finsam för anställda hos ${(0, text_1.singleLine)(input.organisationName)}, och du ansvarar för vad de användare du beställer åt gör i systemet.`
                            : `${(0, text_1.singleLine)(input.bestallareName)} är ${renewed ? 'fortsatt ' : ''}registrerad som beställare för ${(0, text_1.singleLine)(input.organisationName)} till och med ${input.lastDay}, enligt er ${renewed ? 'förnyelse' : 'anmälan'}.`,
                    },
                    facts(input),
                    { kind: 'paragraph', text: 'Ett uppdrag som beställare ger ingen inloggning i Uppföljning Finsam. Du får en påminnelse 60 och 14 dagar innan uppdraget upphör.' },
                ],
                signature: SIGNATURE_BA,
            };
        }
        case 'MANDATE_REMINDER':
            return {
                subject: `Påminnelse: uppdraget som beställare upphör ${input.lastDay}`,
                greeting,
                blocks: [
                    { kind: 'paragraph', text: `${whose(input)} som beställare för ${(0, text_1.singleLine)(input.organisationName)} gäller till och med ${input.lastDay}, om ${input.daysLeft} dagar. Därefter kan ${toBestallare(input) ? 'du' : (0, text_1.singleLine)(input.bestallareName)} inte beställa behörighet.` },
                    facts(input),
                    { kind: 'paragraph', text: RENEW_HOW },
                ],
                signature: SIGNATURE_BA,
            };
        case 'MANDATE_EXPIRED':
            return {
                subject: `Uppdraget som beställare för ${(0, text_1.singleLine)(input.organisationName)} har upphört`,
                greeting,
                blocks: [
                    { kind: 'paragraph', text: `${whose(input)} som beställare för ${(0, text_1.singleLine)(input.organisationName)} gällde till och med ${input.lastDay} och har nu upphört. Nya beställningar tas inte emot; beställningar som redan skickats in handläggs som vanligt.` },
                    facts(input),
                    { kind: 'paragraph', text: RENEW_HOW },
                ],
                signature: SIGNATURE_BA,
            };
        case 'MANDATE_REVOKED':
            return {
                subject: `Uppdraget som beställare för ${(0, text_1.singleLine)(input.organisationName)} är återkallat`,
                greeting,
                blocks: [
                    { kind: 'paragraph', text: `${whose(input)} som beställare för ${(0, text_1.singleLine)(input.organisationName)} har återkallats av ${(0, text_1.singleLine)(input.revokedByName)} och gäller inte längre. Nya beställningar tas inte emot.` },
                    ...(input.reason ? [{ kind: 'heading', text: 'Skäl' }, { kind: 'paragraph', text: (0, text_1.singleLine)(input.reason) }] : []),
                    facts(input),
                ],
                signature: SIGNATURE_BA,
            };
    }
}
//# sourceMappingURL=mandate-templates.js.map