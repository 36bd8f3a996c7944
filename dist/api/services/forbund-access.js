"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readsForbund = void 0;
exports.forbundOrNotFound = forbundOrNotFound;
exports.assertReadsForbund = assertReadsForbund;
exports.assertForbundsadministrator = assertForbundsadministrator;
const roles_1 = require("../../domain/roles");
const roles_2 = require("../auth/roles");
const errors_1 = require("../errors");
async function forbundOrNotFound(db, forbundId) {
    const forbund = await db.forbund.findUnique({ where: { id: forbundId } });
    if (!forbund)
        throw (0, errors_1.notFound)('Förbundet finns inte.');
    return forbund;
}
const readsForbund = (caller, forbundId) => caller.roles.includes('BA') || (0, roles_2.holdsIn)(caller, forbundId, ...roles_1.ROLES);
exports.readsForbund = readsForbund;
function assertReadsForbund(caller, forbundId, what) {
    if (!(0, exports.readsForbund)(caller, forbundId))
        throw new errors_1.AppError('FORBIDDEN_ROLE', `Du har ingen roll i förbundet och kan inte se dess ${what}.`);
}
function assertForbundsadministrator(caller, forbundId, what) {
    if (!(0, roles_2.holdsIn)(caller, forbundId, 'FORBUNDSADMINISTRATOR'))
        throw new errors_1.AppError('FORBIDDEN_ROLE', `Bara förbundets förbundsadministratörer kan ${what}.`);
}
//# sourceMappingURL=forbund-access.js.map