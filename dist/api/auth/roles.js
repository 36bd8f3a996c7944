"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.holdsIn = exports.actorOf = exports.CALLER_ROLES = void 0;
const roles_1 = require("../../domain/roles");
/**
 * BESTALLARE (a valid mandate), CHEF (has direct reports in the register), REPRESENTATIVE (signs
 * for a Part, R-20), the staff roles that act at stages, and the user roles granted in Finsam and
 * SUS.
 */
exports.CALLER_ROLES = ['BESTALLARE', 'CHEF', 'REPRESENTATIVE', ...roles_1.STAFF_ROLES, ...roles_1.ROLES];
/** The caller as a workflow's Update sees them (workflows/request.definitions.ts `Actor`). */
const actorOf = (caller) => ({
    personId: caller.personId,
    personnummer: caller.personnummer,
    roles: caller.roles,
    organisationId: caller.organisationId,
    authMethod: caller.authMethod,
    representativeFor: caller.representativeFor,
});
exports.actorOf = actorOf;
/** Whether the caller holds `role` in the förbund (a role held for the whole system never counts). */
const holdsIn = (caller, forbundId, ...roles) => caller.forbundRoles.some((r) => r.forbundId === forbundId && roles.includes(r.role));
exports.holdsIn = holdsIn;
//# sourceMappingURL=roles.js.map