import { z } from 'zod';
import { ZLinkView, ZProcessingLogEntry } from './links';

const ZRequestSummary = z.object({
  id: z.string(),
  kind: z.string(),
  status: z.string(),
  role: z.string(),
  forbundId: z.string().nullable(),
  submittedAt: z.string(),
  decision: z.string().nullable(),
  decidedAt: z.string().nullable(),
});

/** A link as the extract shows it: without the other people on it (the requester, the deltagaransvarig). */
const ZLinkSummary = ZLinkView.pick({ id: true, insatsId: true, insatsName: true, forbundId: true, status: true, requestedAt: true, linkedAt: true, endedAt: true, endReason: true, pubAvtalId: true });

/**
 * A register extract (GDPR art. 15, issue 10): everything the service holds about one person, by
 * where it is held. `sources` names each table and column searched (api/services/register-extract.ts).
 */
export const ZRegisterExtract = z.object({
  generatedAt: z.string(),
  person: z.object({
    id: z.string(),
    personnummer: z.string(),
    givenName: z.string(),
    familyName: z.string(),
    email: z.string(),
    phone: z.string().nullable(),
    protectedIdentity: z.boolean(),
    employer: z.object({ id: z.string(), name: z.string() }),
    manager: z.object({ id: z.string(), name: z.string() }).nullable(),
  }),
  /** People whose chef the person is (the reporting line, R-03, R-04). */
  reports: z.array(z.object({ id: z.string(), name: z.string() })),
  staffRoles: z.array(z.string()),
  roles: z.array(z.object({ role: z.string(), forbundId: z.string().nullable(), forbundName: z.string().nullable(), since: z.string(), grantedByOrderId: z.string().nullable() })),
  representativeFor: z.array(z.object({ organisationId: z.string(), organisationName: z.string(), capacity: z.string() })),
  mandates: z.array(z.object({ id: z.string(), organisationId: z.string(), organisationName: z.string(), validFrom: z.string(), validTo: z.string(), status: z.string(), revokedAt: z.string().nullable(), revocationReason: z.string().nullable() })),
  mandatesRevoked: z.array(z.object({ id: z.string(), organisationId: z.string(), revokedAt: z.string().nullable() })),
  requests: z.object({ about: z.array(ZRequestSummary), submitted: z.array(ZRequestSummary), decided: z.array(ZRequestSummary) }),
  tasks: z.array(z.object({ id: z.string(), orderId: z.string(), stage: z.string(), status: z.string(), claimedAt: z.string().nullable(), decision: z.string().nullable(), decidedAt: z.string().nullable(), decidedByThem: z.boolean(), claimedByThem: z.boolean() })),
  links: z.object({ held: z.array(ZLinkSummary), requested: z.array(ZLinkSummary), ended: z.array(ZLinkSummary) }),
  insatserKept: z.array(z.object({ id: z.string(), name: z.string(), forbundId: z.string(), created: z.boolean(), lastUpdated: z.boolean() })),
  pubAvtalKept: z.array(z.object({ id: z.string(), forbundId: z.string(), registered: z.boolean(), terminated: z.boolean() })),
  emails: z.array(z.object({ id: z.string(), createdAt: z.string(), template: z.string(), subject: z.string(), status: z.string(), sentAt: z.string().nullable() })),
  processingLog: z.object({ about: z.array(ZProcessingLogEntry), by: z.array(ZProcessingLogEntry), onBehalfOf: z.array(ZProcessingLogEntry) }),
  auditEvents: z.array(z.object({ id: z.string(), at: z.string(), event: z.string(), subjectType: z.string().nullable(), subjectId: z.string().nullable(), authMethod: z.string().nullable() })),
  sessions: z.array(z.object({ expiresAt: z.string() })),
  /** Every table and column searched for the person: `Model.column`. */
  sources: z.array(z.string()),
});
