"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkProtectedIdentity = exports.checkDeltagaransvarigEmployer = exports.checkRoleCombination = exports.checkForbundScope = exports.checkBestallareMandate = exports.checkChefRoute = void 0;
exports.checkOrderEligibility = checkOrderEligibility;
const request_kinds_1 = require("./request-kinds");
const chef_route_1 = require("./eligibility-rules/chef-route");
Object.defineProperty(exports, "checkChefRoute", { enumerable: true, get: function () { return chef_route_1.checkChefRoute; } });
const bestallare_mandate_1 = require("./eligibility-rules/bestallare-mandate");
Object.defineProperty(exports, "checkBestallareMandate", { enumerable: true, get: function () { return bestallare_mandate_1.checkBestallareMandate; } });
const forbund_scope_1 = require("./eligibility-rules/forbund-scope");
Object.defineProperty(exports, "checkForbundScope", { enumerable: true, get: function () { return forbund_scope_1.checkForbundScope; } });
const role_combination_1 = require("./eligibility-rules/role-combination");
Object.defineProperty(exports, "checkRoleCombination", { enumerable: true, get: function () { return role_combination_1.checkRoleCombination; } });
const deltagaransvarig_employer_1 = require("./eligibility-rules/deltagaransvarig-employer");
Object.defineProperty(exports, "checkDeltagaransvarigEmployer", { enumerable: true, get: function () { return deltagaransvarig_employer_1.checkDeltagaransvarigEmployer; } });
const protected_identity_1 = require("./eligibility-rules/protected-identity");
Object.defineProperty(exports, "checkProtectedIdentity", { enumerable: true, get: function () { return protected_identity_1.checkProtectedIdentity; } });
/**
 * Every rule of a blankett 9480 order (the USER_9480 kind in the catalog), all violations in rule
 * order so the beställare can fix everything at once. The chef route is reported
 * alone: for FK and AF staff the beställare rules do not apply at all.
 */
function checkOrderEligibility(ctx) {
    return (0, request_kinds_1.checkRequest)(request_kinds_1.REQUEST_KINDS.USER_9480, ctx);
}
//# sourceMappingURL=eligibility.js.map