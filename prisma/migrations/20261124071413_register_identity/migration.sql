-- AlterEnum
ALTER TYPE "OutboxStatus" ADD VALUE 'FAILED';

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "employmentChangeConfirmed" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "idempotencyHash" TEXT,
ADD COLUMN     "registeredEmployerId" TEXT,
ADD COLUMN     "reviewFindings" JSONB,
ADD COLUMN     "subjectPersonId" TEXT;

-- AlterTable
ALTER TABLE "EmailOutbox" ADD COLUMN     "failedAt" TIMESTAMP(3);

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_subjectPersonId_fkey" FOREIGN KEY ("subjectPersonId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Orders placed before this migration: link the registered person where there is one.
UPDATE "Order" o SET "subjectPersonId" = p."id" FROM "Person" p WHERE p."personnummer" = o."personnummer" AND o."subjectPersonId" IS NULL;

-- One open order per person, förbund and role *per ordering employer*: a beställare must not
-- learn from a 409 that another organisation has ordered for the same person (BA sees both).
DROP INDEX "Order_open_per_person_forbund_role_key";
CREATE UNIQUE INDEX "Order_open_per_person_forbund_role_key" ON "Order"("personnummer", "forbundId", "role", "employerId")
  WHERE "status" IN ('SUBMITTED', 'IN_REVIEW', 'APPROVED');
