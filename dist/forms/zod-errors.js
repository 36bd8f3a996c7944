"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.civilDayField = exports.NO_CONTROL_CHARACTERS = void 0;
exports.missingOr = missingOr;
exports.strictObjectError = strictObjectError;
// Helpers for giving every zod schema a Swedish message, so zod's English defaults never
// reach a user. A schema's `error` option also covers its checks that have no own message.
const zod_1 = require("zod");
const stockholm_time_1 = require("../domain/stockholm-time");
/**
 * An error map that tells "missing" apart from "wrong type": both are `invalid_type` issues,
 * but only a missing field has `input === undefined`.
 */
function missingOr(missing, wrongType) {
    return (issue) => (issue.input === undefined ? missing : wrongType);
}
/** For strict objects: names the unknown fields, otherwise the object's own type message. */
function strictObjectError(where, missing, wrongType, formName = 'blankett 9480') {
    return (issue) => {
        if (issue.code === 'unrecognized_keys') {
            const keys = (issue.keys ?? []).map((k) => `"${k}"`).join(', ');
            return `Okända fält i ${where}: ${keys}. Ta bort dem – ${formName} har inga sådana fält.`;
        }
        return issue.input === undefined ? missing : wrongType;
    };
}
// Control characters (including line breaks) in names would let a value break out of an
// e-mail header or a log line when the order is passed on to BA.
// Exactly Unicode's control characters (\p{Cc}), written as ranges so that the OpenAPI pattern
// is one every JSON Schema tool can use (schemathesis cannot generate from \p{…}).
exports.NO_CONTROL_CHARACTERS = /^[^\u0000-\u001f\u007f-\u009f]*$/;
/** A civil day, `YYYY-MM-DD`, that is a real calendar day; `what` names it in the messages ("sista dagen"). */
const civilDayField = (what) => zod_1.z.string({ error: `Ange ${what} som ÅÅÅÅ-MM-DD.` }).refine((v) => (0, stockholm_time_1.parseCivilDate)(v) !== null, `Ange ${what} som ett datum, ÅÅÅÅ-MM-DD.`);
exports.civilDayField = civilDayField;
//# sourceMappingURL=zod-errors.js.map