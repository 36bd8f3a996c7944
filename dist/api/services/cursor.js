"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.NEXT_CURSOR_HEADER = void 0;
exports.encodeCursor = encodeCursor;
exports.badCursor = badCursor;
exports.decodeCursor = decodeCursor;
exports.decodeTimeCursor = decodeTimeCursor;
exports.pageOf = pageOf;
const errors_1 = require("../errors");
function encodeCursor(key, id) {
    const value = key instanceof Date ? { at: key.toISOString() } : { text: key };
    return Buffer.from(JSON.stringify([value, id])).toString('base64url');
}
function badCursor() {
    return new errors_1.AppError('VALIDATION_ERROR', 'Ogiltig sidmarkör (cursor). Börja om från första sidan.', [{ path: 'cursor', message: 'Ogiltig sidmarkör.' }]);
}
function decodeCursor(cursor) {
    let parsed;
    try {
        parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    }
    catch {
        throw badCursor();
    }
    if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[1] !== 'string')
        throw badCursor();
    const [value, id] = parsed;
    if (typeof value?.text === 'string')
        return { key: value.text, id };
    const at = typeof value?.at === 'string' ? new Date(value.at) : null;
    if (!at || Number.isNaN(at.getTime()))
        throw badCursor();
    return { key: at, id };
}
/** Cursors of times only (the queues' due and submitted dates). */
function decodeTimeCursor(cursor) {
    const { key, id } = decodeCursor(cursor);
    if (!(key instanceof Date))
        throw badCursor();
    return { at: key, id };
}
/** One page of `rows` fetched with `take: limit + 1`, and the cursor of the next page. */
function pageOf(rows, limit, keyOf) {
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return { items, nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last), last.id) : null };
}
/** The header that carries the next page's cursor on routes whose body is a plain array. */
exports.NEXT_CURSOR_HEADER = 'next-cursor';
//# sourceMappingURL=cursor.js.map