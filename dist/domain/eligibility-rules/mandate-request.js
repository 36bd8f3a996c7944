"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MANDATE_REVOKED_REFUSAL = exports.NOT_EMPLOYED_BY_REPRESENTED = void 0;
exports.checkRepresentativeOfEmployer = checkRepresentativeOfEmployer;
exports.checkRegistrationPeriod = checkRegistrationPeriod;
exports.checkNoLiveMandate = checkNoLiveMandate;
exports.checkRenewal = checkRenewal;
const mandate_1 = require("../mandate");
function mandateOf(ctx) {
    if (!ctx.mandate)
        throw new Error('A beställare mandate rule needs the mandate context');
    return ctx.mandate;
}
/**
 * a representative registers people employed by the organisation they sign for. The same
 * refusal for a person employed elsewhere and for one the register does not hold: it tells
 * nothing about people outside the representative's organisation.
 */
exports.NOT_EMPLOYED_BY_REPRESENTED = {
    rule: 'R-20',
    code: 'NOT_EMPLOYED_BY_REPRESENTED',
    message: 'Personen är inte anställd hos någon organisation du företräder. En organisation anmäler bara ' +
        'sina egna anställda som beställare; kontrollera personnumret.',
};
/** who may register the person — the employer's representative, never themselves (but the förbund chair). */
function checkRepresentativeOfEmployer(ctx) {
    const m = mandateOf(ctx);
    const signsFor = m.ordererRepresents.find((r) => r.organisationId === ctx.user.employer.id);
    if (!signsFor)
        return [exports.NOT_EMPLOYED_BY_REPRESENTED];
    const chairOfForbund = signsFor.capacity === 'FORBUND_CHAIR' && ctx.user.employer.type === 'SAMORDNINGSFORBUND';
    if (m.ordererIsSubject && !chairOfForbund) {
        return [
            {
                rule: 'R-20',
                code: 'SELF_REGISTRATION',
                message: `Du kan inte anmäla dig själv som beställare. Be en annan behörig företrädare för ${ctx.user.employer.name} ` +
                    'att anmäla dig. Bara samordningsförbundets styrelseordförande får underteckna sin egen anmälan.',
            },
        ];
    }
    return [];
}
const tooLong = (latest) => ({
    rule: 'R-21',
    code: 'MANDATE_TOO_LONG',
    message: `En beställare kan registreras högst två år i taget. Välj ett slutdatum senast ${(0, mandate_1.latestLastDay)(latest)}.`,
});
const endInPast = (from) => ({
    rule: 'R-21',
    code: 'MANDATE_END_NOT_LATER',
    message: `Slutdatumet måste vara senare än ${(0, mandate_1.lastDayOfMandate)(from)}.`,
});
/** a new registration runs from today for at most two years. */
function checkRegistrationPeriod(ctx) {
    const { requestedValidTo } = mandateOf(ctx);
    const latest = (0, mandate_1.maxMandateEnd)(ctx.now);
    if (requestedValidTo.getTime() > latest.getTime())
        return [tooLong(latest)];
    if (requestedValidTo.getTime() <= ctx.now.getTime() + 1)
        return [endInPast(new Date(ctx.now.getTime() + 1))];
    return [];
}
/** one mandate per person and organisation; one that exists (even expired) is renewed, not registered again. */
function checkNoLiveMandate(ctx) {
    const { current } = mandateOf(ctx);
    if (!current)
        return [];
    const state = current.status === 'EXPIRED' || current.validTo.getTime() <= ctx.now.getTime() ? 'gällde' : 'gäller';
    return [
        {
            rule: 'R-21',
            code: 'MANDATE_EXISTS',
            message: `Personen är redan registrerad som beställare för ${ctx.user.employer.name} (uppdraget ${state} t.o.m. ${(0, mandate_1.lastDayOfMandate)(current.validTo)}). ` +
                'Förnya uppdraget i stället för att anmäla personen på nytt.',
        },
    ];
}
/** a revoked mandate is never renewed (the API says so too when its id is named). */
exports.MANDATE_REVOKED_REFUSAL = { rule: 'R-21', code: 'MANDATE_REVOKED', message: 'Uppdraget som beställare är återkallat och kan inte förnyas. Anmäl personen som beställare på nytt.' };
/**
 * a renewal extends a mandate that exists and is not revoked, by at most two years from its
 * current end (or from today when it has ended).
 */
function checkRenewal(ctx) {
    const { current, lastRevoked, requestedValidTo } = mandateOf(ctx);
    if (!current) {
        return [
            lastRevoked
                ? exports.MANDATE_REVOKED_REFUSAL
                : { rule: 'R-21', code: 'MANDATE_NOT_FOUND', message: `Personen är inte registrerad som beställare för ${ctx.user.employer.name}. Anmäl personen i stället.` },
        ];
    }
    const latest = (0, mandate_1.maxRenewalEnd)(current.validTo, ctx.now);
    if (requestedValidTo.getTime() > latest.getTime())
        return [tooLong(latest)];
    if (requestedValidTo.getTime() <= current.validTo.getTime())
        return [endInPast(current.validTo)];
    return [];
}
//# sourceMappingURL=mandate-request.js.map