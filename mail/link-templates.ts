// The e-mails about linking deltagaransvariga to insatser, to förbundsadministratörer:
// a request waits for a PUB-avtal (what is missing), it was linked when one came, it lapsed, it was
// refused, and the links an ended PUB-avtal took with it.

import type { MailDocument } from './document';
import { singleLine } from './text';

const SIGNATURE = ['Med vänlig hälsning', 'Försäkringskassan'];

interface LinkFacts {
  linkId: string;
  recipientName: string;
  personName: string;
  insatsName: string;
  forbundName: string;
}

export interface LinkWaitingInput extends LinkFacts { template: 'LINK_WAITING'; waitUntilDay: string }
export interface LinkMadeInput extends LinkFacts { template: 'LINK_MADE'; pubAvtalValidFrom: string }
export interface LinkLapsedInput extends LinkFacts { template: 'LINK_LAPSED'; ruleMessage: string }
export interface LinkRefusedInput extends LinkFacts { template: 'LINK_REFUSED'; ruleMessage: string }
export interface LinksEndedInput {
  template: 'LINKS_ENDED_PUB_AVTAL';
  pubAvtalId: string;
  recipientName: string;
  forbundName: string;
  /** The first day the avtal no longer held. */
  endDay: string;
  /** "Namn – insats", one per removed link. */
  removed: readonly string[];
}

export type LinkMailInput = LinkWaitingInput | LinkMadeInput | LinkLapsedInput | LinkRefusedInput | LinksEndedInput;

export const LINK_MAIL_TEMPLATES = ['LINK_WAITING', 'LINK_MADE', 'LINK_LAPSED', 'LINK_REFUSED', 'LINKS_ENDED_PUB_AVTAL'] as const satisfies readonly LinkMailInput['template'][];

const facts = (input: LinkFacts) => ({
  kind: 'facts' as const,
  caption: 'Kopplingen',
  rows: [
    ['Deltagaransvarig', singleLine(input.personName)],
    ['Insats', singleLine(input.insatsName)],
    ['Samordningsförbund', singleLine(input.forbundName)],
    ['Kopplingens id', singleLine(input.linkId)],
  ] as [string, string][],
});

const WHY_PUB = 'En koppling är behandling av personuppgifter för Försäkringskassans räkning och kräver ett PUB-avtal (personuppgiftsbiträdesavtal) mellan Försäkringskassan och förbundet.';

export function linkMailDocument(input: LinkMailInput): MailDocument {
  const greeting = `Hej ${singleLine(input.recipientName)}!`;
  switch (input.template) {
    case 'LINK_WAITING':
      return {
        subject: `Kopplingen till ${singleLine(input.insatsName)} väntar på PUB-avtal`,
        greeting,
        blocks: [
          { kind: 'paragraph', text: `${singleLine(input.personName)} är inte kopplad till insatsen ännu: ${singleLine(input.forbundName)} har inget PUB-avtal med Försäkringskassan som gäller i dag. ${WHY_PUB}` },
          { kind: 'heading', text: 'Det här saknas' },
          { kind: 'paragraph', text: `Ett undertecknat PUB-avtal som gäller. Försäkringskassans behörighetsadministration registrerar avtalet. Kopplingen görs så snart ett avtal gäller, om det sker senast ${input.waitUntilDay}. Annars förfaller begäran och du får besked.` },
          facts(input),
        ],
        signature: SIGNATURE,
      };
    case 'LINK_MADE':
      return {
        subject: `${singleLine(input.personName)} är kopplad till ${singleLine(input.insatsName)}`,
        greeting,
        blocks: [
          { kind: 'paragraph', text: `Förbundets PUB-avtal gäller nu (från ${input.pubAvtalValidFrom}), och ${singleLine(input.personName)} är kopplad till insatsen enligt din begäran.` },
          facts(input),
        ],
        signature: SIGNATURE,
      };
    case 'LINK_LAPSED':
    case 'LINK_REFUSED':
      return {
        subject: input.template === 'LINK_LAPSED' ? `Kopplingen till ${singleLine(input.insatsName)} förföll` : `Kopplingen till ${singleLine(input.insatsName)} kunde inte göras`,
        greeting,
        blocks: [
          { kind: 'paragraph', text: `${singleLine(input.personName)} har inte kopplats till insatsen.` },
          { kind: 'paragraph', text: singleLine(input.ruleMessage) },
          facts(input),
        ],
        signature: SIGNATURE,
      };
    case 'LINKS_ENDED_PUB_AVTAL':
      return {
        subject: `PUB-avtalet har upphört: kopplingar till insatser är borttagna`,
        greeting,
        blocks: [
          { kind: 'paragraph', text: `${singleLine(input.forbundName)}s PUB-avtal med Försäkringskassan gäller inte från ${input.endDay}, och inget annat avtal har tagit över. ${WHY_PUB} Därför är de här kopplingarna borttagna:` },
          { kind: 'list', items: input.removed.map(singleLine) },
          { kind: 'paragraph', text: 'När ett nytt PUB-avtal är registrerat kan du koppla de deltagaransvariga igen.' },
          { kind: 'facts', caption: 'PUB-avtalet', rows: [['Samordningsförbund', singleLine(input.forbundName)], ['Gäller inte från', input.endDay], ['Avtalets id', singleLine(input.pubAvtalId)]] },
        ],
        signature: SIGNATURE,
      };
  }
}
