"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.personRoutes = void 0;
const zod_1 = require("zod");
const person_lookup_1 = require("../../forms/person-lookup");
const plugin_1 = require("../auth/plugin");
const common_1 = require("../schemas/common");
const register_extract_1 = require("../schemas/register-extract");
const register_extract_2 = require("../services/register-extract");
/** The person register as BA sees it: finding a person, and their register extract (GDPR art. 15). */
const personRoutes = async (app, { db }) => {
    app.post('/persons/lookup', {
        config: { access: ['BA'] },
        schema: {
            tags: ['persons'],
            summary: 'Find a registered person by personnummer (BA); the personnummer goes in the body, never in an address',
            body: person_lookup_1.ZPersonLookup,
            response: { 200: zod_1.z.object({ id: zod_1.z.string(), name: zod_1.z.string(), employerName: zod_1.z.string() }), ...(0, common_1.errorResponses)(403, 404) },
        },
    }, async (request) => (0, register_extract_2.findPersonByPersonnummer)(db, request.body));
    app.get('/persons/:id/registerutdrag', {
        config: { access: ['BA'] },
        schema: {
            tags: ['persons'],
            summary: 'Everything the service holds about the person (GDPR art. 15), for BA: identity, employment, roles, requests they made or are the subject of, mandates, links, e-mails sent to them, the processing log; taking it is recorded in the audit trail',
            params: common_1.ZIdParams,
            response: { 200: register_extract_1.ZRegisterExtract, ...(0, common_1.errorResponses)(403, 404) },
        },
    }, async (request) => (0, register_extract_2.registerExtract)(db, (0, plugin_1.callerOf)(request), request.params.id));
};
exports.personRoutes = personRoutes;
//# sourceMappingURL=persons.js.map