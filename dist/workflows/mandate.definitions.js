"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.mandateStateQuery = exports.revokeMandateUpdate = exports.renewMandateUpdate = exports.MANDATE_REFUSALS = exports.mandateWorkflowId = void 0;
/**
 * The messages of a beställare mandate's workflow (workflows/mandate.ts), shared by the workflow,
 * the activity that starts it, and the API. Type-only imports from domain/.
 */
const workflow_1 = require("@temporalio/workflow");
/** One workflow per mandate, for the mandate's whole life: its id follows from the mandate's. */
const mandateWorkflowId = (mandateId) => `mandate:${mandateId}`;
exports.mandateWorkflowId = mandateWorkflowId;
/** Why an Update is refused before it enters history (mapped to HTTP by the API). */
exports.MANDATE_REFUSALS = {
    MANDATE_ALREADY_REVOKED: 'MANDATE_ALREADY_REVOKED',
    MANDATE_END_NOT_LATER: 'MANDATE_END_NOT_LATER',
    FORBIDDEN_ROLE: 'FORBIDDEN_ROLE',
};
exports.renewMandateUpdate = (0, workflow_1.defineUpdate)('renewMandate');
exports.revokeMandateUpdate = (0, workflow_1.defineUpdate)('revokeMandate');
exports.mandateStateQuery = (0, workflow_1.defineQuery)('mandateState');
//# sourceMappingURL=mandate.definitions.js.map