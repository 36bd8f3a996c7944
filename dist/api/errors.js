"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.notFound = exports.csrfRefused = exports.sessionExpired = exports.unauthorized = exports.badRequest = exports.AppError = void 0;
exports.errorReply = errorReply;
const error_codes_1 = require("../domain/error-codes");
class AppError extends Error {
    code;
    details;
    /** From the code, in domain/error-codes.ts: one status per code. */
    statusCode;
    constructor(code, message, details, 
    /** What went wrong underneath (logged, never answered). */
    options) {
        super(message, options);
        this.code = code;
        this.details = details;
        this.statusCode = (0, error_codes_1.statusOf)(code);
    }
}
exports.AppError = AppError;
const badRequest = (message, details) => new AppError('VALIDATION_ERROR', message, details);
exports.badRequest = badRequest;
const unauthorized = () => new AppError('NOT_LOGGED_IN', 'Du är inte inloggad. Logga in och försök igen.');
exports.unauthorized = unauthorized;
const sessionExpired = () => new AppError('SESSION_EXPIRED', 'Din inloggning har gått ut. Logga in igen.');
exports.sessionExpired = sessionExpired;
const csrfRefused = () => new AppError('CSRF_TOKEN_INVALID', 'Sidan behöver laddas om innan du kan fortsätta. Ladda om sidan och försök igen.');
exports.csrfRefused = csrfRefused;
const notFound = (message) => new AppError('NOT_FOUND', message);
exports.notFound = notFound;
/** The body of an error answered directly (not thrown), with its code's one status. */
function errorReply(code, message, details) {
    return { status: (0, error_codes_1.statusOf)(code), body: { code, message, ...(details ? { details } : {}) } };
}
//# sourceMappingURL=errors.js.map