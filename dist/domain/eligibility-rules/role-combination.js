"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkRoleCombination = checkRoleCombination;
const roles_1 = require("../roles");
// Names listed as Swedish prose: "A", "A och B", "A, B och C".
const swedishList = new Intl.ListFormat('sv', { type: 'conjunction' });
/**
 * R-06 (and R-50 for SUS, with its own pair: deltagaransvarig and samverkansadministratör): two
 * incompatible roles are never held together. R-06: förbundsadministratör and deltagaransvarig cannot be combined. Our reading: a person
 * holds at most one of the two roles at a time, across all förbund. Holding the same role in
 * the same förbund already makes the order pointless, which is reported under R-06 too. An
 * open order for the other role counts as well: otherwise two orders placed side by side would
 * both pass and the person would end up with both roles.
 */
function checkRoleCombination(ctx) {
    const violations = [];
    if (!(0, roles_1.isRole)(ctx.role))
        return violations; // a beställare mandate is no role in the system (R-41)
    const incompatible = (0, roles_1.incompatibleWith)(ctx.role);
    const conflicting = incompatible?.role;
    const rule = incompatible?.rule ?? 'R-06';
    const pair = conflicting ? `${(0, roles_1.roleNameInSentence)(ctx.role)} och ${(0, roles_1.roleNameInSentence)(conflicting)}` : '';
    const conflictingForbund = [
        ...new Set(ctx.heldRoles.filter((h) => h.role === conflicting).map((h) => h.forbundName ?? 'systemet')),
    ];
    if (conflicting && conflictingForbund.length > 0) {
        violations.push({
            rule,
            code: 'ROLE_COMBINATION',
            message: `Användaren har redan rollen ${(0, roles_1.roleNameInSentence)(conflicting)} i ` +
                `${swedishList.format(conflictingForbund)}. Rollerna ${pair} ` +
                'kan inte kombineras. Om användaren ska byta roll, beställ först borttagning av den ' +
                `nuvarande rollen och beställ sedan rollen ${(0, roles_1.roleNameInSentence)(ctx.role)}.`,
        });
    }
    const pendingForbund = [
        ...new Set(ctx.pendingRoles.filter((p) => p.role === conflicting).map((p) => p.forbundName ?? 'systemet')),
    ];
    if (conflicting && pendingForbund.length > 0) {
        violations.push({
            rule,
            code: 'ROLE_COMBINATION_PENDING',
            message: `Det finns redan en pågående beställning av rollen ${(0, roles_1.roleNameInSentence)(conflicting)} i ` +
                `${swedishList.format(pendingForbund)} för användaren. Rollerna ${pair} ` +
                'kan inte kombineras. Vänta tills den beställningen är avgjord, eller ' +
                'be behörighetsadministrationen avslå den om fel roll beställdes.',
        });
    }
    if (ctx.heldRoles.some((h) => h.role === ctx.role && h.forbundId === (ctx.forbund?.id ?? null))) {
        violations.push({
            rule,
            code: 'ROLE_ALREADY_HELD',
            message: `Användaren har redan rollen ${(0, roles_1.roleNameInSentence)(ctx.role)}${ctx.forbund ? ` i ${ctx.forbund.name}` : ''}. ` +
                'Ingen ny beställning behövs.',
        });
    }
    return violations;
}
//# sourceMappingURL=role-combination.js.map