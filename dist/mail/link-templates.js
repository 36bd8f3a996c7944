"use strict";
// The e-mails about linking deltagaransvariga to insatser, to förbundsadministratörer:
// a request waits for a PUB-avtal (what is missing), it was linked when one came, it lapsed, it was
// refused, and the links an ended PUB-avtal took with it.
Object.defineProperty(exports, "__esModule", { value: true });
exports.LINK_MAIL_TEMPLATES = void 0;
exports.linkMailDocument = linkMailDocument;
const text_1 = require("./text");
const SIGNATURE = ['Med vänlig hälsning', 'Försäkringskassan'];
exports.LINK_MAIL_TEMPLATES = ['LINK_WAITING', 'LINK_MADE', 'LINK_LAPSED', 'LINK_REFUSED', 'LINKS_ENDED_PUB_AVTAL'];
const facts = (input) => ({
    kind: 'facts',
    caption: 'Kopplingen',
    rows: [
        ['Deltagaransvarig', (0, text_1.singleLine)(input.personName)],
        ['Insats', (0, text_1.singleLine)(input.insatsName)],
        ['Samordningsförbund', (0, text_1.singleLine)(input.forbundName)],
        ['Kopplingens id', (0, text_1.singleLine)(input.linkId)],
    ],
});
const WHY_PUB = 'En koppling är behandling av personuppgifter för Försäkringskassans räkning och kräver ett PUB-avtal (personuppgiftsbiträdesavtal) mellan Försäkringskassan och förbundet.';
function linkMailDocument(input) {
    const greeting = `Hej ${(0, text_1.singleLine)(input.recipientName)}!`;
    switch (input.template) {
        case 'LINK_WAITING':
            return {
                subject: `Kopplingen till ${(0, text_1.singleLine)(input.insatsName)} väntar på PUB-avtal`,
                greeting,
                blocks: [
                    { kind: 'paragraph', text: `${(0, text_1.singleLine)(input.personName)} är inte kopplad till insatsen ännu: ${(0, text_1.singleLine)(input.forbundName)} har inget PUB-avtal med Försäkringskassan som gäller i dag. ${WHY_PUB}` },
                    { kind: 'heading', text: 'Det här saknas' },
                    { kind: 'paragraph', text: `Ett undertecknat PUB-avtal som gäller. Försäkringskassans behörighetsadministration registrerar avtalet. Kopplingen görs så snart ett avtal gäller, om det sker senast ${input.waitUntilDay}. Annars förfaller begäran och du får besked.` },
                    facts(input),
                ],
                signature: SIGNATURE,
            };
        case 'LINK_MADE':
            return {
                subject: `${(0, text_1.singleLine)(input.personName)} är kopplad till ${(0, text_1.singleLine)(input.insatsName)}`,
                greeting,
                blocks: [
                    { kind: 'paragraph', text: `Förbundets PUB-avtal gäller nu (från ${input.pubAvtalValidFrom}), och ${(0, text_1.singleLine)(input.personName)} är kopplad till insatsen enligt din begäran.` },
                    facts(input),
                ],
                signature: SIGNATURE,
            };
        case 'LINK_LAPSED':
        case 'LINK_REFUSED':
            return {
                subject: input.template === 'LINK_LAPSED' ? `Kopplingen till ${(0, text_1.singleLine)(input.insatsName)} förföll` : `Kopplingen till ${(0, text_1.singleLine)(input.insatsName)} kunde inte göras`,
                greeting,
                blocks: [
                    { kind: 'paragraph', text: `${(0, text_1.singleLine)(input.personName)} har inte kopplats till insatsen.` },
                    { kind: 'paragraph', text: (0, text_1.singleLine)(input.ruleMessage) },
                    facts(input),
                ],
                signature: SIGNATURE,
            };
        case 'LINKS_ENDED_PUB_AVTAL':
            return {
                subject: `PUB-avtalet har upphört: kopplingar till insatser är borttagna`,
                greeting,
                blocks: [
                    { kind: 'paragraph', text: `${(0, text_1.singleLine)(input.forbundName)}s PUB-avtal med Försäkringskassan gäller inte från ${input.endDay}, och inget annat avtal har tagit över. ${WHY_PUB} Därför är de här kopplingarna borttagna:` },
                    { kind: 'list', items: input.removed.map(text_1.singleLine) },
                    { kind: 'paragraph', text: 'När ett nytt PUB-avtal är registrerat kan du koppla de deltagaransvariga igen.' },
                    { kind: 'facts', caption: 'PUB-avtalet', rows: [['Samordningsförbund', (0, text_1.singleLine)(input.forbundName)], ['Gäller inte från', input.endDay], ['Avtalets id', (0, text_1.singleLine)(input.pubAvtalId)]] },
                ],
                signature: SIGNATURE,
            };
    }
}
//# sourceMappingURL=link-templates.js.map