"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.REQUEST_EFFECTS = exports.STAGE_DECISION_LABELS = exports.STAGE_DECISIONS = void 0;
exports.STAGE_DECISIONS = ['APPROVE', 'REJECT', 'RETURN', 'FORWARD'];
/** Each decision in Swedish, as the decider chooses it. */
exports.STAGE_DECISION_LABELS = {
    APPROVE: 'Godkänn',
    REJECT: 'Avslå',
    RETURN: 'Skicka tillbaka för komplettering',
    FORWARD: 'Skicka vidare',
};
/**
 * What a request does once approved at its last stage: grant or remove a role, or
 * register or renew a beställare mandate, which its own workflow then carries.
 */
exports.REQUEST_EFFECTS = ['GRANT', 'REMOVE', 'REGISTER_MANDATE', 'RENEW_MANDATE'];
//# sourceMappingURL=stage.js.map