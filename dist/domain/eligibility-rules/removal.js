"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.NOT_ORDERER_OF_EMPLOYEE = void 0;
exports.checkRemovalOrderer = checkRemovalOrderer;
exports.checkRoleHeld = checkRoleHeld;
const roles_1 = require("../roles");
const bestallare_mandate_1 = require("./bestallare-mandate");
const chef_order_1 = require("./chef-order");
/** The one refusal of a removal the orderer may not order: it names neither employer nor roles. */
exports.NOT_ORDERER_OF_EMPLOYEE = {
    rule: 'R-11',
    code: 'NOT_ORDERER_OF_EMPLOYEE',
    message: 'Du kan bara beställa borttagning av behörighet för anställda hos en organisation där du är ' +
        'beställare, eller för dina egna medarbetare om du är chef på Försäkringskassan eller ' +
        'Arbetsförmedlingen.',
};
/**
 * R-11: removal is ordered by whoever orders for the person's employer: their chef at FK and AF,
 * a beställare with a valid mandate elsewhere. A refusal does not say where the person works.
 */
function checkRemovalOrderer(ctx) {
    if (ctx.ordererIsChef)
        return [];
    if ((0, chef_order_1.isChefRoute)(ctx))
        return [exports.NOT_ORDERER_OF_EMPLOYEE];
    return (0, bestallare_mandate_1.checkBestallareMandate)(ctx).length > 0 ? [exports.NOT_ORDERER_OF_EMPLOYEE] : [];
}
/** R-11: only a role the person holds can be removed. */
function checkRoleHeld(ctx) {
    const forbundId = ctx.forbund?.id ?? null;
    if (!(0, roles_1.isRole)(ctx.role))
        throw new Error(`${ctx.role} is not a role that can be removed`);
    if (ctx.heldRoles.some((h) => h.role === ctx.role && h.forbundId === forbundId))
        return [];
    return [{
            rule: 'R-11',
            code: 'ROLE_NOT_HELD',
            message: `Personen har inte rollen ${(0, roles_1.roleNameInSentence)(ctx.role)}${ctx.forbund ? ` i ${ctx.forbund.name}` : ''}, så det finns ingenting att ta bort.`,
        }];
}
//# sourceMappingURL=removal.js.map