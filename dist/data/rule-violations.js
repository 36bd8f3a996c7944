"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ruleViolationsIn = ruleViolationsIn;
/** A JSON column that holds [{ rule, code, message }]: Order.rejectionReasons, Order.reviewFindings. */
function ruleViolationsIn(column) {
    return Array.isArray(column) ? column : [];
}
//# sourceMappingURL=rule-violations.js.map