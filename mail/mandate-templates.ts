// The e-mails of a beställare mandate: registered, renewed, reminders before it
// ends, ended, revoked. Written for the beställare or for the Part's authorised representative.
// A beställare mandate never gives a login: the e-mails say what it does give.

import type { MailDocument } from './document';
import { singleLine } from './text';

const SIGNATURE_BA = ['Med vänlig hälsning', 'Behörighetsadministrationen', 'Försäkringskassan'];

/** What every mandate e-mail says about the mandate. */
interface MandateFacts {
  mandateId: string;
  bestallareName: string;
  organisationName: string;
  /** The last day the mandate holds, `YYYY-MM-DD` (Stockholm). */
  lastDay: string;
  /** Who reads it: the beställare, or a representative of the organisation. */
  audience: 'BESTALLARE' | 'REPRESENTATIVE';
  recipientName: string;
}

export interface MandateRegisteredInput extends MandateFacts { template: 'MANDATE_REGISTERED' }
export interface MandateRenewedInput extends MandateFacts { template: 'MANDATE_RENEWED' }
export interface MandateReminderInput extends MandateFacts { template: 'MANDATE_REMINDER'; daysLeft: number }
export interface MandateExpiredInput extends MandateFacts { template: 'MANDATE_EXPIRED' }
export interface MandateRevokedInput extends MandateFacts { template: 'MANDATE_REVOKED'; revokedByName: string; reason: string | null }

export type MandateMailInput = MandateRegisteredInput | MandateRenewedInput | MandateReminderInput | MandateExpiredInput | MandateRevokedInput;

export const MANDATE_MAIL_TEMPLATES = ['MANDATE_REGISTERED', 'MANDATE_RENEWED', 'MANDATE_REMINDER', 'MANDATE_EXPIRED', 'MANDATE_REVOKED'] as const satisfies readonly MandateMailInput['template'][];

const facts = (input: MandateFacts) => ({
  kind: 'facts' as const,
  caption: 'Uppdraget som beställare',
  rows: [
    ['Beställare', singleLine(input.bestallareName)],
    ['Organisation', singleLine(input.organisationName)],
    ['Gäller till och med', input.lastDay],
    ['Uppdragets id', singleLine(input.mandateId)],
  ] as [string, string][],
});

const toBestallare = (input: MandateFacts) => input.audience === 'BESTALLARE';
const whose = (input: MandateFacts) => (toBestallare(input) ? 'Ditt uppdrag' : `${singleLine(input.bestallareName)}s uppdrag`);
const RENEW_HOW = 'Uppdraget förnyas av en behörig företrädare för organisationen, högst två år i taget (förnyelsen godkänns av Försäkringskassans behörighetsadministration).';

export function mandateMailDocument(input: MandateMailInput): MailDocument {
  const greeting = `Hej ${singleLine(input.recipientName)}!`;
  switch (input.template) {
    case 'MANDATE_REGISTERED':
    case 'MANDATE_RENEWED': {
      const renewed = input.template === 'MANDATE_RENEWED';
      return {
        subject: renewed ? `Uppdraget som beställare för ${singleLine(input.organisationName)} är förnyat` : `Registrerad som beställare för ${singleLine(input.organisationName)}`,
        greeting,
        blocks: [
          {
            kind: 'paragraph',
            text: toBestallare(input)
              ? `Du är ${renewed ? 'fortsatt ' : ''}registrerad som beställare för ${singleLine(input.organisationName)} till och med ${input.lastDay}. Du kan beställa behörighet i Uppföljning Finsam för anställda hos ${singleLine(input.organisationName)}, och du ansvarar för vad de användare du beställer åt gör i systemet.`
              : `${singleLine(input.bestallareName)} är ${renewed ? 'fortsatt ' : ''}registrerad som beställare för ${singleLine(input.organisationName)} till och med ${input.lastDay}, enligt er ${renewed ? 'förnyelse' : 'anmälan'}.`,
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
          { kind: 'paragraph', text: `${whose(input)} som beställare för ${singleLine(input.organisationName)} gäller till och med ${input.lastDay}, om ${input.daysLeft} dagar. Därefter kan ${toBestallare(input) ? 'du' : singleLine(input.bestallareName)} inte beställa behörighet.` },
          facts(input),
          { kind: 'paragraph', text: RENEW_HOW },
        ],
        signature: SIGNATURE_BA,
      };
    case 'MANDATE_EXPIRED':
      return {
        subject: `Uppdraget som beställare för ${singleLine(input.organisationName)} har upphört`,
        greeting,
        blocks: [
          { kind: 'paragraph', text: `${whose(input)} som beställare för ${singleLine(input.organisationName)} gällde till och med ${input.lastDay} och har nu upphört. Nya beställningar tas inte emot; beställningar som redan skickats in handläggs som vanligt.` },
          facts(input),
          { kind: 'paragraph', text: RENEW_HOW },
        ],
        signature: SIGNATURE_BA,
      };
    case 'MANDATE_REVOKED':
      return {
        subject: `Uppdraget som beställare för ${singleLine(input.organisationName)} är återkallat`,
        greeting,
        blocks: [
          { kind: 'paragraph', text: `${whose(input)} som beställare för ${singleLine(input.organisationName)} har återkallats av ${singleLine(input.revokedByName)} och gäller inte längre. Nya beställningar tas inte emot.` },
          ...(input.reason ? [{ kind: 'heading' as const, text: 'Skäl' }, { kind: 'paragraph' as const, text: singleLine(input.reason) }] : []),
          facts(input),
        ],
        signature: SIGNATURE_BA,
      };
  }
}
