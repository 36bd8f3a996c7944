"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ZRegisterExtract = void 0;
const zod_1 = require("zod");
const links_1 = require("./links");
const ZRequestSummary = zod_1.z.object({
    id: zod_1.z.string(),
    kind: zod_1.z.string(),
    status: zod_1.z.string(),
    role: zod_1.z.string(),
    forbundId: zod_1.z.string().nullable(),
    submittedAt: zod_1.z.string(),
    decision: zod_1.z.string().nullable(),
    decidedAt: zod_1.z.string().nullable(),
});
/** A link as the extract shows it: without the other people on it (the requester, the deltagaransvarig). */
const ZLinkSummary = links_1.ZLinkView.pick({ id: true, insatsId: true, insatsName: true, forbundId: true, status: true, requestedAt: true, linkedAt: true, endedAt: true, endReason: true, pubAvtalId: true });
/**
 * A register extract (GDPR art. 15, issue 10): everything the service holds about one person, by
 * where it is held. `sources` names each table and column searched (api/services/register-extract.ts).
 */
exports.ZRegisterExtract = zod_1.z.object({
    generatedAt: zod_1.z.string(),
    person: zod_1.z.object({
        id: zod_1.z.string(),
        personnummer: zod_1.z.string(),
        givenName: zod_1.z.string(),
        familyName: zod_1.z.string(),
        email: zod_1.z.string(),
        phone: zod_1.z.string().nullable(),
        protectedIdentity: zod_1.z.boolean(),
        employer: zod_1.z.object({ id: zod_1.z.string(), name: zod_1.z.string() }),
        manager: zod_1.z.object({ id: zod_1.z.string(), name: zod_1.z.string() }).nullable(),
    }),
    /** People whose chef the person is (the reporting line, R-03, R-04). */
    reports: zod_1.z.array(zod_1.z.object({ id: zod_1.z.string(), name: zod_1.z.string() })),
    staffRoles: zod_1.z.array(zod_1.z.string()),
    roles: zod_1.z.array(zod_1.z.object({ role: zod_1.z.string(), forbundId: zod_1.z.string().nullable(), forbundName: zod_1.z.string().nullable(), since: zod_1.z.string(), grantedByOrderId: zod_1.z.string().nullable() })),
    representativeFor: zod_1.z.array(zod_1.z.object({ organisationId: zod_1.z.string(), organisationName: zod_1.z.string(), capacity: zod_1.z.string() })),
    mandates: zod_1.z.array(zod_1.z.object({ id: zod_1.z.string(), organisationId: zod_1.z.string(), organisationName: zod_1.z.string(), validFrom: zod_1.z.string(), validTo: zod_1.z.string(), status: zod_1.z.string(), revokedAt: zod_1.z.string().nullable(), revocationReason: zod_1.z.string().nullable() })),
    mandatesRevoked: zod_1.z.array(zod_1.z.object({ id: zod_1.z.string(), organisationId: zod_1.z.string(), revokedAt: zod_1.z.string().nullable() })),
    requests: zod_1.z.object({ about: zod_1.z.array(ZRequestSummary), submitted: zod_1.z.array(ZRequestSummary), decided: zod_1.z.array(ZRequestSummary) }),
    tasks: zod_1.z.array(zod_1.z.object({ id: zod_1.z.string(), orderId: zod_1.z.string(), stage: zod_1.z.string(), status: zod_1.z.string(), claimedAt: zod_1.z.string().nullable(), decision: zod_1.z.string().nullable(), decidedAt: zod_1.z.string().nullable(), decidedByThem: zod_1.z.boolean(), claimedByThem: zod_1.z.boolean() })),
    links: zod_1.z.object({ held: zod_1.z.array(ZLinkSummary), requested: zod_1.z.array(ZLinkSummary), ended: zod_1.z.array(ZLinkSummary) }),
    insatserKept: zod_1.z.array(zod_1.z.object({ id: zod_1.z.string(), name: zod_1.z.string(), forbundId: zod_1.z.string(), created: zod_1.z.boolean(), lastUpdated: zod_1.z.boolean() })),
    pubAvtalKept: zod_1.z.array(zod_1.z.object({ id: zod_1.z.string(), forbundId: zod_1.z.string(), registered: zod_1.z.boolean(), terminated: zod_1.z.boolean() })),
    emails: zod_1.z.array(zod_1.z.object({ id: zod_1.z.string(), createdAt: zod_1.z.string(), template: zod_1.z.string(), subject: zod_1.z.string(), status: zod_1.z.string(), sentAt: zod_1.z.string().nullable() })),
    processingLog: zod_1.z.object({ about: zod_1.z.array(links_1.ZProcessingLogEntry), by: zod_1.z.array(links_1.ZProcessingLogEntry), onBehalfOf: zod_1.z.array(links_1.ZProcessingLogEntry) }),
    auditEvents: zod_1.z.array(zod_1.z.object({ id: zod_1.z.string(), at: zod_1.z.string(), event: zod_1.z.string(), subjectType: zod_1.z.string().nullable(), subjectId: zod_1.z.string().nullable(), authMethod: zod_1.z.string().nullable() })),
    sessions: zod_1.z.array(zod_1.z.object({ expiresAt: zod_1.z.string() })),
    /** Every table and column searched for the person: `Model.column`. */
    sources: zod_1.z.array(zod_1.z.string()),
});
//# sourceMappingURL=register-extract.js.map