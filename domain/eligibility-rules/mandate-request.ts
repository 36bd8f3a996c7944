import { lastDayOfMandate, latestLastDay, maxMandateEnd, maxRenewalEnd } from '../mandate';
import type { RuleViolation } from '../rule-violation';
import type { EligibilityContext, MandateRequestContext } from './context';

/*
 * The rules of registering and renewing a beställare. The orderer is the Part's
 * authorised representative; the person is whoever the register says the personnummer is, and
 * must be employed by the organisation the representative signs for.
 */

type Ctx = Pick<EligibilityContext, 'now' | 'user' | 'mandate'>;

function mandateOf(ctx: Ctx): MandateRequestContext {
  if (!ctx.mandate) throw new Error('A beställare mandate rule needs the mandate context');
  return ctx.mandate;
}

/**
 * a representative registers people employed by the organisation they sign for. The same
 * refusal for a person employed elsewhere and for one the register does not hold: it tells
 * nothing about people outside the representative's organisation.
 */
export const NOT_EMPLOYED_BY_REPRESENTED: RuleViolation = {
  rule: 'R-20',
  code: 'NOT_EMPLOYED_BY_REPRESENTED',
  message:
    'Personen är inte anställd hos någon organisation du företräder. En organisation anmäler bara ' +
    'sina egna anställda som beställare; kontrollera personnumret.',
};

/** who may register the person — the employer's representative, never themselves (but the förbund chair). */
export function checkRepresentativeOfEmployer(ctx: Ctx): RuleViolation[] {
  const m = mandateOf(ctx);
  const signsFor = m.ordererRepresents.find((r) => r.organisationId === ctx.user.employer.id);
  if (!signsFor) return [NOT_EMPLOYED_BY_REPRESENTED];
  const chairOfForbund = signsFor.capacity === 'FORBUND_CHAIR' && ctx.user.employer.type === 'SAMORDNINGSFORBUND';
  if (m.ordererIsSubject && !chairOfForbund) {
    return [
      {
        rule: 'R-20',
        code: 'SELF_REGISTRATION',
        message:
          `Du kan inte anmäla dig själv som beställare. Be en annan behörig företrädare för ${ctx.user.employer.name} ` +
          'att anmäla dig. Bara samordningsförbundets styrelseordförande får underteckna sin egen anmälan.',
      },
    ];
  }
  return [];
}

const tooLong = (latest: Date): RuleViolation => ({
  rule: 'R-21',
  code: 'MANDATE_TOO_LONG',
  message: `En beställare kan registreras högst två år i taget. Välj ett slutdatum senast ${latestLastDay(latest)}.`,
});

const endInPast = (from: Date): RuleViolation => ({
  rule: 'R-21',
  code: 'MANDATE_END_NOT_LATER',
  message: `Slutdatumet måste vara senare än ${lastDayOfMandate(from)}.`,
});

/** a new registration runs from today for at most two years. */
export function checkRegistrationPeriod(ctx: Ctx): RuleViolation[] {
  const { requestedValidTo } = mandateOf(ctx);
  const latest = maxMandateEnd(ctx.now);
  if (requestedValidTo.getTime() > latest.getTime()) return [tooLong(latest)];
  if (requestedValidTo.getTime() <= ctx.now.getTime() + 1) return [endInPast(new Date(ctx.now.getTime() + 1))];
  return [];
}

/** one mandate per person and organisation; one that exists (even expired) is renewed, not registered again. */
export function checkNoLiveMandate(ctx: Ctx): RuleViolation[] {
  const { current } = mandateOf(ctx);
  if (!current) return [];
  const state = current.status === 'EXPIRED' || current.validTo.getTime() <= ctx.now.getTime() ? 'gällde' : 'gäller';
  return [
    {
      rule: 'R-21',
      code: 'MANDATE_EXISTS',
      message:
        `Personen är redan registrerad som beställare för ${ctx.user.employer.name} (uppdraget ${state} t.o.m. ${lastDayOfMandate(current.validTo)}). ` +
        'Förnya uppdraget i stället för att anmäla personen på nytt.',
    },
  ];
}

/** a revoked mandate is never renewed (the API says so too when its id is named). */
export const MANDATE_REVOKED_REFUSAL: RuleViolation = { rule: 'R-21', code: 'MANDATE_REVOKED', message: 'Uppdraget som beställare är återkallat och kan inte förnyas. Anmäl personen som beställare på nytt.' };

/**
 * a renewal extends a mandate that exists and is not revoked, by at most two years from its
 * current end (or from today when it has ended).
 */
export function checkRenewal(ctx: Ctx): RuleViolation[] {
  const { current, lastRevoked, requestedValidTo } = mandateOf(ctx);
  if (!current) {
    return [
      lastRevoked
        ? MANDATE_REVOKED_REFUSAL
        : { rule: 'R-21', code: 'MANDATE_NOT_FOUND', message: `Personen är inte registrerad som beställare för ${ctx.user.employer.name}. Anmäl personen i stället.` },
    ];
  }
  const latest = maxRenewalEnd(current.validTo, ctx.now);
  if (requestedValidTo.getTime() > latest.getTime()) return [tooLong(latest)];
  if (requestedValidTo.getTime() <= current.validTo.getTime()) return [endInPast(current.validTo)];
  return [];
}
