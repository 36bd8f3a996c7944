"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RULE_CODES = exports.ERROR_STATUS = void 0;
exports.statusOf = statusOf;
/**
 * Every error code the API answers with, and its HTTP status: one definition, shared by the API,
 * the workflow's refusals and docs/api.md (a test holds the page to these lists).
 */
exports.ERROR_STATUS = {
    VALIDATION_ERROR: 400,
    BAD_REQUEST: 400,
    REASON_REQUIRED: 400,
    NOT_LOGGED_IN: 401,
    // The browser session ended: idle too long, past its maximum length, or logged out elsewhere.
    SESSION_EXPIRED: 401,
    FORBIDDEN_ROLE: 403,
    // A state-changing browser request without the session's CSRF token (x-csrf-token header).
    CSRF_TOKEN_INVALID: 403,
    BESTALLARE_MANDATE_LAPSED: 403,
    NOT_BA: 403,
    // The caller does not hold the role that acts at the request's current stage (or is outside its scope).
    NOT_STAGE_ACTOR: 403,
    // Only the orderer may resubmit or cancel their request.
    NOT_ORDERER: 403,
    FOUR_EYES: 403,
    NOT_FOUND: 404,
    UNKNOWN_PERSONA: 404,
    METHOD_NOT_ALLOWED: 405,
    DUPLICATE_ORDER: 409,
    TASK_CLAIMED: 409,
    TASK_CLOSED: 409,
    ALREADY_DECIDED: 409,
    NOT_AWAITING_DECISION: 409,
    NOT_RETURNED: 409,
    NOT_CANCELLABLE: 409,
    // The beställare mandate is already revoked: nothing more can be done with it.
    MANDATE_ALREADY_REVOKED: 409,
    // The PUB-avtal is already terminated: a termination is recorded once.
    PUB_AVTAL_TERMINATED: 409,
    // The person is already linked to the insats, or a request to link them waits.
    LINK_EXISTS: 409,
    // The link is already removed, or the request lapsed or was refused: nothing left to unlink.
    LINK_ENDED: 409,
    // An edit sent with If-Match for a version that is no longer current: someone changed it meanwhile.
    EDIT_CONFLICT: 412,
    PAYLOAD_TOO_LARGE: 413,
    UNSUPPORTED_MEDIA_TYPE: 415,
    IDEMPOTENCY_KEY_REUSED: 422,
    EMPLOYMENT_CHANGE_UNCONFIRMED: 422,
    REVIEW_FINDINGS: 422,
    // The decision is not one the current stage offers (e.g. APPROVE at AF's service desk).
    DECISION_NOT_ALLOWED: 422,
    INTERNAL_ERROR: 500,
    WORKFLOW_UNAVAILABLE: 503,
    DECISION_NOT_RECORDED: 503,
    DECISION_PENDING: 503,
    // Temporal refused the change because the request's workflow is recovering from a crash (its
    // workflow task is being retried): nothing changed, and the same call works in a moment.
    WORKFLOW_RECOVERING: 503,
    NOT_READY: 503,
};
/** Codes of broken domain rules (docs/rules.md): always 422, with the rule ids in `details`. */
exports.RULE_CODES = [
    'NOT_BESTALLARE_FOR_EMPLOYER',
    'BESTALLARE_MANDATE_EXPIRED',
    'BESTALLARE_MANDATE_NOT_YET_VALID',
    'EMPLOYER_NOT_MEMBER',
    'FORBUND_BESTALLARE_SCOPE',
    'ORDERED_BY_CHEF',
    'ROLE_COMBINATION',
    'ROLE_COMBINATION_PENDING',
    'ROLE_ALREADY_HELD',
    'DELTAGARANSVARIG_NOT_ALLOWED',
    'PROTECTED_IDENTITY',
    'IDENTITY_MISMATCH',
    'NOT_CHEF_OF_SUBJECT',
    'WRONG_REQUEST_KIND',
    'NOT_ORDERER_OF_EMPLOYEE',
    'ROLE_NOT_HELD',
    'SUPERADMIN_FK_ONLY',
    // Beställare mandates.
    'NOT_EMPLOYED_BY_REPRESENTED',
    'SELF_REGISTRATION',
    'MANDATE_TOO_LONG',
    'MANDATE_END_NOT_LATER',
    'MANDATE_EXISTS',
    'MANDATE_REVOKED',
    'MANDATE_NOT_FOUND',
    // Linking deltagaransvariga to insatser.
    'NO_PUB_AVTAL',
    'NOT_DELTAGARANSVARIG_IN_FORBUND',
];
function statusOf(code) {
    return code in exports.ERROR_STATUS ? exports.ERROR_STATUS[code] : 422;
}
//# sourceMappingURL=error-codes.js.map