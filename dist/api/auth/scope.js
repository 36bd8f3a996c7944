"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.orderScope = orderScope;
const roles_1 = require("../../domain/roles");
/**
 * Which requests a caller may read, in one place: BA every request; anyone else the requests
 * they submitted (a chef's own orders), those for employees of the organisations they are
 * beställare for today (R-01, R-21: a lapsed mandate stops reading at once), and those with a
 * task at a stage they act on (AF's service desk, within its organisation).
 */
function orderScope(caller) {
    if (caller.roles.includes('BA'))
        return {};
    const stageRoles = roles_1.STAFF_ROLES.filter((r) => caller.roles.includes(r));
    return {
        OR: [
            { submittedById: caller.personId },
            { employerId: { in: caller.bestallareFor } },
            ...(stageRoles.length > 0 ? [{ tasks: { some: { actorRole: { in: stageRoles }, OR: [{ scopeOrganisationId: null }, { scopeOrganisationId: caller.organisationId }] } } }] : []),
        ],
    };
}
//# sourceMappingURL=scope.js.map