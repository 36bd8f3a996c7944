"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.formatFormErrors = formatFormErrors;
/** Flattens a ZodError into one entry per problem, with dotted paths the UI can match. */
function formatFormErrors(error) {
    return error.issues.map((issue) => ({
        path: issue.path.map((segment) => String(segment)).join('.'),
        message: issue.message,
    }));
}
//# sourceMappingURL=format-form-errors.js.map