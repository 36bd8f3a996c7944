"use strict";
// Helpers for putting caller-supplied values into e-mail content safely.
Object.defineProperty(exports, "__esModule", { value: true });
exports.escapeHtml = escapeHtml;
exports.singleLine = singleLine;
const HTML_ESCAPES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};
/** Escapes a value for use in HTML text and in quoted attribute values. */
function escapeHtml(value) {
    return value.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}
/**
 * Collapses line breaks, tabs and other control characters to single spaces. Names and labels
 * come from forms; a value with an embedded line break could otherwise forge extra lines in the
 * plain-text part (e.g. a fake "Roll:" line) or end up in a Subject header.
 */
function singleLine(value) {
    // eslint-disable-next-line no-control-regex
    return value.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}
//# sourceMappingURL=text.js.map