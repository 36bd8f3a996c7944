"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ZCancelBody = exports.ZRequestBody = void 0;
const zod_1 = require("zod");
const request_kinds_1 = require("../../domain/request-kinds");
const describeKinds = request_kinds_1.REQUEST_KIND_IDS.join(', ');
/**
 * The body of POST /orders: the form of one request kind, chosen by `kind`. Without `kind` the
 * body is blankett 9480, as before the engine (existing clients keep working).
 */
function variant(id) {
    const form = request_kinds_1.REQUEST_KINDS[id].form;
    const kind = zod_1.z.literal(id);
    return form.extend({ kind: id === 'USER_9480' ? kind.optional() : kind }).meta({ title: id, description: request_kinds_1.REQUEST_KINDS[id].summary, examples: [{ kind: id, ...request_kinds_1.REQUEST_KINDS[id].example }] });
}
exports.ZRequestBody = zod_1.z.discriminatedUnion('kind', request_kinds_1.REQUEST_KIND_IDS.map(variant), {
    error: (issue) => {
        const input = issue.input;
        if (input === undefined)
            return 'Beställningen saknas. Skicka blankettens uppgifter som ett JSON-objekt.';
        if (typeof input !== 'object' || input === null || Array.isArray(input))
            return 'Beställningen ska vara ett JSON-objekt.';
        return `Okänd ärendetyp (kind). Välj en av ${describeKinds}; utan kind gäller blankett 9480.`;
    },
});
exports.ZCancelBody = zod_1.z
    .strictObject({ reason: zod_1.z.string({ error: 'Skälet ska vara text.' }).trim().max(2000, 'Skälet får vara högst 2000 tecken.').optional() }, { error: 'Skicka ett JSON-objekt, eventuellt med ett skäl (reason).' })
    .optional();
//# sourceMappingURL=requests.js.map