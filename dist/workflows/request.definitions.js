"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.requestStateQuery = exports.cancelUpdate = exports.resubmitUpdate = exports.decideStageUpdate = exports.REQUEST_REFUSALS = void 0;
/**
 * The messages of the request engine's workflow (workflows/request.ts), shared by the workflow
 * and its clients. Type-only imports from domain/: nothing here runs outside the workflow.
 */
const workflow_1 = require("@temporalio/workflow");
/** Business reasons an Update is refused before it enters history (mapped to HTTP by the API). */
exports.REQUEST_REFUSALS = {
    NOT_STAGE_ACTOR: 'NOT_STAGE_ACTOR',
    NOT_ORDERER: 'NOT_ORDERER',
    FOUR_EYES: 'FOUR_EYES',
    ALREADY_DECIDED: 'ALREADY_DECIDED',
    NOT_AWAITING_DECISION: 'NOT_AWAITING_DECISION',
    DECISION_NOT_ALLOWED: 'DECISION_NOT_ALLOWED',
    REASON_REQUIRED: 'REASON_REQUIRED',
    EMPLOYMENT_CHANGE_UNCONFIRMED: 'EMPLOYMENT_CHANGE_UNCONFIRMED',
    REVIEW_FINDINGS: 'REVIEW_FINDINGS',
    NOT_RETURNED: 'NOT_RETURNED',
    NOT_CANCELLABLE: 'NOT_CANCELLABLE',
    DECISION_NOT_RECORDED: 'DECISION_NOT_RECORDED',
};
exports.decideStageUpdate = (0, workflow_1.defineUpdate)('decideStage');
exports.resubmitUpdate = (0, workflow_1.defineUpdate)('resubmit');
exports.cancelUpdate = (0, workflow_1.defineUpdate)('cancel');
exports.requestStateQuery = (0, workflow_1.defineQuery)('state');
//# sourceMappingURL=request.definitions.js.map