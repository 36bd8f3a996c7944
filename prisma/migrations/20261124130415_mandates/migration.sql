-- CreateEnum
CREATE TYPE "MandateStatus" AS ENUM ('ACTIVE', 'EXPIRED', 'REVOKED');

-- DropForeignKey
ALTER TABLE "EmailOutbox" DROP CONSTRAINT "EmailOutbox_orderId_fkey";

-- DropIndex
DROP INDEX "EmailOutbox_orderId_template_recipient_occurrence_key";

-- AlterTable
ALTER TABLE "BestallareMandate" ADD COLUMN     "registeredByOrderId" TEXT,
ADD COLUMN     "renewals" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "revocationReason" TEXT,
ADD COLUMN     "revokedAt" TIMESTAMP(3),
ADD COLUMN     "revokedById" TEXT,
ADD COLUMN     "status" "MandateStatus" NOT NULL DEFAULT 'ACTIVE',
ADD COLUMN     "workflowId" TEXT,
ADD COLUMN     "periodStart" TIMESTAMP(3);
UPDATE "BestallareMandate" SET "periodStart" = "validFrom";
ALTER TABLE "BestallareMandate" ALTER COLUMN "periodStart" SET NOT NULL;

-- R-21: at most two years at a time, now per period: a renewal extends a mandate past two years
-- from its first registration, but never more than two years past where its period began.
ALTER TABLE "BestallareMandate" DROP CONSTRAINT "BestallareMandate_period_check";
ALTER TABLE "BestallareMandate" ADD CONSTRAINT "BestallareMandate_period_check"
  CHECK ("validTo" > "validFrom" AND "periodStart" >= "validFrom" AND "validTo" <= "periodStart" + INTERVAL '2 years');

-- AlterTable
-- Existing e-mails are all about orders: backfill the subject before it becomes required.
ALTER TABLE "EmailOutbox" ADD COLUMN     "subjectId" TEXT,
ADD COLUMN     "subjectType" TEXT,
ALTER COLUMN "orderId" DROP NOT NULL;
UPDATE "EmailOutbox" SET "subjectType" = 'ORDER', "subjectId" = "orderId";
ALTER TABLE "EmailOutbox" ALTER COLUMN "subjectId" SET NOT NULL, ALTER COLUMN "subjectType" SET NOT NULL;

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "subjectId" TEXT,
ADD COLUMN     "subjectType" TEXT;
UPDATE "AuditEvent" SET "subjectType" = 'ORDER', "subjectId" = "orderId" WHERE "orderId" IS NOT NULL;

-- Mandates whose period is over are EXPIRED (until now only their dates said so).
UPDATE "BestallareMandate" SET "status" = 'EXPIRED' WHERE "validTo" <= now();

-- CreateTable
CREATE TABLE "PartRepresentative" (
    "personId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "capacity" TEXT NOT NULL,

    CONSTRAINT "PartRepresentative_pkey" PRIMARY KEY ("personId","organisationId")
);

-- CreateIndex
CREATE INDEX "PartRepresentative_organisationId_idx" ON "PartRepresentative"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "BestallareMandate_registeredByOrderId_key" ON "BestallareMandate"("registeredByOrderId");

-- CreateIndex
CREATE INDEX "BestallareMandate_organisationId_validTo_idx" ON "BestallareMandate"("organisationId", "validTo");

-- CreateIndex
CREATE INDEX "BestallareMandate_status_validTo_idx" ON "BestallareMandate"("status", "validTo");

-- CreateIndex
CREATE INDEX "EmailOutbox_orderId_idx" ON "EmailOutbox"("orderId");

-- CreateIndex
CREATE UNIQUE INDEX "EmailOutbox_subjectType_subjectId_template_recipient_occurr_key" ON "EmailOutbox"("subjectType", "subjectId", "template", "recipient", "occurrence");

-- CreateIndex
CREATE INDEX "AuditEvent_subjectType_subjectId_at_idx" ON "AuditEvent"("subjectType", "subjectId", "at");

-- AddForeignKey
ALTER TABLE "BestallareMandate" ADD CONSTRAINT "BestallareMandate_revokedById_fkey" FOREIGN KEY ("revokedById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartRepresentative" ADD CONSTRAINT "PartRepresentative_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartRepresentative" ADD CONSTRAINT "PartRepresentative_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailOutbox" ADD CONSTRAINT "EmailOutbox_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- R-20/R-21: one mandate per person and organisation that is not revoked (written by hand:
-- Prisma cannot declare a partial index). A second registration is refused: renew instead.
CREATE UNIQUE INDEX "BestallareMandate_one_live_per_person_organisation" ON "BestallareMandate"("personId", "organisationId") WHERE "status" <> 'REVOKED';
