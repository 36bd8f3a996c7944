"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.documentAccess = documentAccess;
const common_1 = require("../schemas/common");
/**
 * What every route's OpenAPI entry must say about access, derived from its `config.access` so
 * the document cannot drift from what the auth hook enforces: its security (none for public
 * routes; a bearer token or the session cookie otherwise) and the generic error statuses it can answer — 400 when it validates input, 413/415
 * when it takes a body, 401 unless public, 403 when it needs a role. Routes declare their own
 * domain statuses (404, 409, 422, 503) next to their success schemas.
 */
function documentAccess(route, access) {
    const schema = (route.schema ??= {});
    const generic = [];
    if (schema.body || schema.querystring || schema.params || schema.headers)
        generic.push(400);
    if (schema.body)
        generic.push(413, 415);
    if (access !== 'public')
        generic.push(401);
    if (Array.isArray(access))
        generic.push(403);
    schema.security = access === 'public' ? [] : [{ bearer: [] }, { session: [] }];
    schema.response = { ...Object.fromEntries(generic.map((s) => [s, common_1.ZError])), ...schema.response };
}
//# sourceMappingURL=route-docs.js.map