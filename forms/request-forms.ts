/**
 * The forms of the request kinds other than blankett 9480 (forms/blankett-9480.ts), as the body
 * of POST /orders with their `kind`. Strict objects with Swedish messages, like 9480. Forms that
 * name a person already in the register (a chef's direct report, a user whose role is removed)
 * carry only the personnummer: name, e-mail and employer come from the register, never a form.
 */
import { z } from 'zod';
import { FINSAM_ROLES, ROLES, SUS_FORBUND_ROLES } from '../domain/roles';
import { forbundIdField, personnummerField, protectedIdentityField, ZUser9480 } from './blankett-9480';
import { civilDayField, strictObjectError } from './zod-errors';

const formError = (what: string) => ({ error: strictObjectError(what, `Skicka ${what} som ett JSON-objekt.`, `Uppgifterna i ${what} ska vara ett JSON-objekt.`, 'formuläret') });

/** an FK chef orders a Finsam role for one of their direct reports. */
export const ZFkChefRequest = z.strictObject(
  {
    personnummer: personnummerField,
    forbundId: forbundIdField,
    role: z.enum(FINSAM_ROLES, { error: 'Välj roll: Förbundsadministratör eller Deltagaransvarig.' }),
    protectedIdentity: protectedIdentityField,
  },
  formError('chefens beställning'),
);
export type TFkChefRequest = z.infer<typeof ZFkChefRequest>;

/** removal of a role the person holds, ordered by the orderer of their employer. */
export const ZRemovalRequest = z
  .strictObject(
    {
      personnummer: personnummerField,
      role: z.enum(ROLES, { error: 'Välj vilken roll som ska tas bort.' }),
      // Absent only for a role held for the whole system (superadministratör).
      forbundId: forbundIdField.optional(),
    },
    formError('borttagningen'),
  );
export type TRemovalRequest = z.infer<typeof ZRemovalRequest>;

/** blankett 9445, one SUS role in one förbund for one employee. */
export const ZSus9445 = z.strictObject(
  {
    forbundId: forbundIdField,
    role: z.enum(SUS_FORBUND_ROLES, {
      error: 'Välj en SUS-roll: samverkansadministratör, insatsansvarig, deltagaransvarig eller SUSrapport. Superadministratör beställs för sig.',
    }),
    protectedIdentity: protectedIdentityField,
    user: ZUser9480,
  },
  formError('blankett 9445'),
);
export type TSus9445 = z.infer<typeof ZSus9445>;

/** superadministratör in SUS, for one of the chef's direct reports at Försäkringskassan. */
export const ZSusSuperadmin = z.strictObject(
  {
    personnummer: personnummerField,
    motivation: z
      .string({ error: 'Beskriv varför personen behöver rollen (arbete med systemets drift).' })
      .trim()
      .min(10, 'Beskriv varför personen behöver rollen, minst 10 tecken.')
      .max(1000, 'Motiveringen får vara högst 1000 tecken.')
      // Line breaks are welcome; other control characters are not.
      .regex(/^[^\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]*$/, 'Motiveringen får inte innehålla kontrolltecken.'),
  },
  formError('beställningen av superadministratör'),
);
export type TSusSuperadmin = z.infer<typeof ZSusSuperadmin>;

/** The last day of a mandate, `YYYY-MM-DD` (inclusive: "giltigt t.o.m."). */
const lastDayField = civilDayField('sista giltighetsdag');

/**
 * an authorised representative registers a person employed by their organisation as
 * beställare, valid through `validUntil` (at most two years, R-21). The register supplies who
 * the person is and where they work.
 */
export const ZBestallareRegistration = z.strictObject(
  { personnummer: personnummerField, validUntil: lastDayField },
  formError('anmälan av beställare'),
);
export type TBestallareRegistration = z.infer<typeof ZBestallareRegistration>;

/** renewal of the person's mandate at the representative's organisation, through `validUntil`. */
export const ZBestallareRenewal = z.strictObject(
  { personnummer: personnummerField, validUntil: lastDayField },
  formError('förnyelsen av beställaruppdraget'),
);
export type TBestallareRenewal = z.infer<typeof ZBestallareRenewal>;
