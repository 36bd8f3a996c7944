"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isUndecided = exports.UNDECIDED_STATUSES = exports.ORDER_STATUS_LABELS = exports.ORDER_STATUSES = void 0;
/** The statuses of an order (docs/api.md), in the order an order passes them. */
// RETURNED: sent back to the orderer at a stage, waiting for them to resubmit or cancel.
exports.ORDER_STATUSES = ['SUBMITTED', 'IN_REVIEW', 'APPROVED', 'REJECTED', 'COMPLETED', 'CANCELLED', 'RETURNED'];
/** Each status in Swedish, for people (the web UI). */
exports.ORDER_STATUS_LABELS = {
    SUBMITTED: 'Inskickad',
    IN_REVIEW: 'Under handläggning',
    APPROVED: 'Godkänd',
    REJECTED: 'Avslagen',
    COMPLETED: 'Klar',
    CANCELLED: 'Återkallad',
    RETURNED: 'Tillbakaskickad för komplettering',
};
/** Nothing is decided yet: the orderer may still withdraw the request. */
exports.UNDECIDED_STATUSES = ['SUBMITTED', 'IN_REVIEW', 'RETURNED'];
const isUndecided = (status) => exports.UNDECIDED_STATUSES.includes(status);
exports.isUndecided = isUndecided;
//# sourceMappingURL=order-status.js.map