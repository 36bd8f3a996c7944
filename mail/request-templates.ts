// The e-mails of the request kinds beyond blankett 9480 (docs/rules.md): a chef's order, AF's
// service-desk route, removal, SUS roles, a returned request and an escalated task. Written for
// any system (Uppföljning Finsam or SUS) and any orderer (beställare or chef).

import { formatSwedishDate } from './dates';
import type { Block, MailDocument } from './document';
import { singleLine } from './text';

const SIGNATURE_BA = ['Med vänlig hälsning', 'Behörighetsadministrationen', 'Försäkringskassan'];

/** What every request e-mail says about its request. */
interface RequestFacts {
  orderId: string;
  /** "Uppföljning Finsam" or "SUS". */
  systemName: string;
  userName: string;
  roleLabel: string;
  /** Null for a role held for the whole system. */
  forbundName: string | null;
  ordererName: string;
}

export interface RequestApprovedUserInput extends RequestFacts { template: 'REQUEST_APPROVED_USER' }
export interface RequestApprovedOrdererInput extends RequestFacts { template: 'REQUEST_APPROVED_ORDERER'; decidedAt: string }
export interface RequestRejectedInput extends RequestFacts {
  template: 'REQUEST_REJECTED';
  /** Who reads it: the orderer or the person the request was for (R-04: both are told). */
  audience: 'ORDERER' | 'SUBJECT';
  reasons: readonly string[];
}
export interface RequestReturnedInput extends RequestFacts { template: 'REQUEST_RETURNED_ORDERER'; stageLabel: string; reason: string }
export interface RoleRemovedUserInput extends RequestFacts { template: 'ROLE_REMOVED_USER' }
export interface RoleRemovedOrdererInput extends RequestFacts { template: 'ROLE_REMOVED_ORDERER' }
export interface TaskEscalatedInput {
  template: 'TASK_ESCALATED';
  taskId: string;
  orderId: string;
  subject: string;
  stageLabel: string;
  submittedAt: string;
  dueAt: string;
  workingDaysOverdue: number;
}

export type RequestMailInput =
  | RequestApprovedUserInput
  | RequestApprovedOrdererInput
  | RequestRejectedInput
  | RequestReturnedInput
  | RoleRemovedUserInput
  | RoleRemovedOrdererInput
  | TaskEscalatedInput;

export const REQUEST_MAIL_TEMPLATES = [
  'REQUEST_APPROVED_USER',
  'REQUEST_APPROVED_ORDERER',
  'REQUEST_REJECTED',
  'REQUEST_RETURNED_ORDERER',
  'ROLE_REMOVED_USER',
  'ROLE_REMOVED_ORDERER',
  'TASK_ESCALATED',
] as const satisfies readonly RequestMailInput['template'][];

function facts(input: RequestFacts, caption: string): Block {
  return {
    kind: 'facts',
    caption,
    rows: [
      ['Användare', singleLine(input.userName)],
      ['Roll', singleLine(input.roleLabel)],
      ...(input.forbundName ? [['Samordningsförbund', singleLine(input.forbundName)] as const] : []),
      ['System', singleLine(input.systemName)],
      ['Beställd av', singleLine(input.ordererName)],
      ['Ärendenummer', singleLine(input.orderId)],
    ],
  };
}

const where = (input: RequestFacts) => (input.forbundName ? ` för ${singleLine(input.forbundName)}` : '');

export function requestMailDocument(input: RequestMailInput): MailDocument {
  switch (input.template) {
    case 'REQUEST_APPROVED_USER':
      return {
        subject: `Behörighet i ${input.systemName} beviljad`,
        greeting: `Hej ${singleLine(input.userName)}!`,
        blocks: [
          { kind: 'paragraph', text: `Du har nu behörighet i ${input.systemName} med rollen ${singleLine(input.roleLabel)}${where(input)}. Behörigheten beställdes av ${singleLine(input.ordererName)} och har registrerats av Försäkringskassans behörighetsadministration.` },
          facts(input, 'Din behörighet'),
          { kind: 'paragraph', text: 'Behörigheten gäller tills vidare. När du inte längre behöver den ska den som beställde den beställa att den tas bort.' },
        ],
        signature: SIGNATURE_BA,
      };
    case 'REQUEST_APPROVED_ORDERER':
      return {
        subject: `Din beställning av behörighet i ${input.systemName} är beviljad`,
        greeting: `Hej ${singleLine(input.ordererName)}!`,
        blocks: [
          { kind: 'paragraph', text: `Din beställning för ${singleLine(input.userName)} beviljades den ${formatSwedishDate(input.decidedAt)}. ${singleLine(input.userName)} har nu rollen ${singleLine(input.roleLabel)}${where(input)} och får ett eget e-postmeddelande.` },
          facts(input, 'Beställningen'),
          { kind: 'paragraph', text: 'Behörigheten gäller tills vidare och upphör inte av sig själv. När den inte längre behövs ska du beställa borttagning.' },
        ],
        signature: SIGNATURE_BA,
      };
    case 'REQUEST_REJECTED': {
      const reasons = input.reasons.map(singleLine).filter((r) => r !== '');
      const toSubject = input.audience === 'SUBJECT';
      return {
        subject: toSubject ? `Beställningen av behörighet i ${input.systemName} för dig har avslagits` : `Din beställning av behörighet i ${input.systemName} har avslagits`,
        greeting: `Hej ${singleLine(toSubject ? input.userName : input.ordererName)}!`,
        blocks: [
          { kind: 'paragraph', text: toSubject
            ? `${singleLine(input.ordererName)} beställde rollen ${singleLine(input.roleLabel)}${where(input)} åt dig. Beställningen har inte beviljats, och ingen behörighet har registrerats.`
            : `Din beställning för ${singleLine(input.userName)} har inte beviljats. Ingen behörighet har registrerats.` },
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
        greeting: `Hej ${singleLine(input.ordererName)}!`,
        blocks: [
          { kind: 'paragraph', text: `${singleLine(input.stageLabel)} har skickat tillbaka din beställning för ${singleLine(input.userName)} för komplettering.` },
          { kind: 'heading', text: 'Det här behöver rättas' },
          { kind: 'paragraph', text: singleLine(input.reason) },
          facts(input, 'Beställningen'),
          { kind: 'paragraph', text: 'Rätta beställningen och skicka in den igen, eller återkalla den om den inte längre behövs. Ingen behörighet registreras förrän beställningen är beviljad.' },
        ],
        signature: SIGNATURE_BA,
      };
    case 'ROLE_REMOVED_USER':
      return {
        subject: `Din behörighet i ${input.systemName} har tagits bort`,
        greeting: `Hej ${singleLine(input.userName)}!`,
        blocks: [
          { kind: 'paragraph', text: `Din roll ${singleLine(input.roleLabel)}${where(input)} i ${input.systemName} har tagits bort på beställning av ${singleLine(input.ordererName)}. Du kan inte längre använda rollen.` },
          facts(input, 'Borttagen behörighet'),
        ],
        signature: SIGNATURE_BA,
      };
    case 'ROLE_REMOVED_ORDERER':
      return {
        subject: `Behörighet i ${input.systemName} borttagen`,
        greeting: `Hej ${singleLine(input.ordererName)}!`,
        blocks: [
          { kind: 'paragraph', text: `Rollen ${singleLine(input.roleLabel)}${where(input)} har tagits bort från ${singleLine(input.userName)} enligt din beställning. Användaren har fått ett eget meddelande.` },
          facts(input, 'Borttagen behörighet'),
        ],
        signature: SIGNATURE_BA,
      };
    case 'TASK_ESCALATED':
      return {
        subject: `Eskalering: försenad uppgift hos ${singleLine(input.stageLabel)} – ärende ${singleLine(input.orderId)}`,
        greeting: 'Hej!',
        blocks: [
          { kind: 'paragraph', text: `En uppgift hos ${singleLine(input.stageLabel)} skulle ha varit klar den ${formatSwedishDate(input.dueAt)} och är försenad. Den visas nu även i er kö, markerad som eskalerad.` },
          {
            kind: 'facts',
            caption: 'Uppgiften',
            rows: [
              ['Uppgift', singleLine(input.subject)],
              ['Uppgifts-id', singleLine(input.taskId)],
              ['Ärendenummer', singleLine(input.orderId)],
              ['Inkom', formatSwedishDate(input.submittedAt)],
              ['Skulle vara klar', formatSwedishDate(input.dueAt)],
              ['Försenad', `${input.workingDaysOverdue} arbetsdag${input.workingDaysOverdue === 1 ? '' : 'ar'}`],
            ],
          },
          { kind: 'paragraph', text: `Kontakta ${singleLine(input.stageLabel)} så att ärendet blir handlagt.` },
        ],
      };
  }
}
