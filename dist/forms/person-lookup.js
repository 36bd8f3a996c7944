"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ZPersonLookup = void 0;
/** BA looks a person up by personnummer (in a body: a personnummer never goes in an address). */
const zod_1 = require("zod");
const blankett_9480_1 = require("./blankett-9480");
const zod_errors_1 = require("./zod-errors");
exports.ZPersonLookup = zod_1.z.strictObject({ personnummer: blankett_9480_1.personnummerField }, { error: (0, zod_errors_1.strictObjectError)('sökningen', 'Skicka sökningen som ett JSON-objekt.', 'Sökningen ska vara ett JSON-objekt.', 'sökningen') });
//# sourceMappingURL=person-lookup.js.map