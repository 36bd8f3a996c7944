"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createActivities = createActivities;
const ba_task_1 = require("./ba-task");
const decision_1 = require("./decision");
const eligibility_1 = require("./eligibility");
const email_1 = require("./email");
const grant_role_1 = require("./grant-role");
const insats_link_1 = require("./insats-link");
const mandate_1 = require("./mandate");
const request_1 = require("./request");
/** All activities, built from their dependencies (wired by the worker, or by tests). */
function createActivities(deps) {
    return {
        ...(0, eligibility_1.eligibilityActivities)(deps),
        ...(0, ba_task_1.baTaskActivities)(deps),
        ...(0, decision_1.decisionActivities)(deps),
        ...(0, grant_role_1.grantRoleActivities)(deps),
        ...(0, email_1.emailActivities)(deps),
        ...(0, request_1.requestActivities)(deps),
        ...(0, mandate_1.mandateActivities)(deps),
        ...(0, insats_link_1.linkActivities)(deps),
    };
}
//# sourceMappingURL=index.js.map