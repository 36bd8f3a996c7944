"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.orderStateQuery = exports.decideUpdate = exports.DECISION_REFUSALS = void 0;
/**
 * The messages of the blankett 9480 workflow, shared by the workflow and its clients (the API
 * imports these instead of repeating string names).
 */
const workflow_1 = require("@temporalio/workflow");
/** Business reasons a decision is refused before it enters history (mapped to HTTP by the API). */
exports.DECISION_REFUSALS = {
    NOT_BA: 'NOT_BA',
    FOUR_EYES: 'FOUR_EYES',
    ALREADY_DECIDED: 'ALREADY_DECIDED',
    NOT_AWAITING_DECISION: 'NOT_AWAITING_DECISION',
    REASON_REQUIRED: 'REASON_REQUIRED',
    EMPLOYMENT_CHANGE_UNCONFIRMED: 'EMPLOYMENT_CHANGE_UNCONFIRMED',
    REVIEW_FINDINGS: 'REVIEW_FINDINGS',
    /** Recording the decision failed; nothing was decided and the order can be decided again. */
    DECISION_NOT_RECORDED: 'DECISION_NOT_RECORDED',
};
exports.decideUpdate = (0, workflow_1.defineUpdate)('decide');
exports.orderStateQuery = (0, workflow_1.defineQuery)('state');
//# sourceMappingURL=order-9480.definitions.js.map