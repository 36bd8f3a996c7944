-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "OrganisationType" AS ENUM ('FORSAKRINGSKASSAN', 'ARBETSFORMEDLINGEN', 'KOMMUN', 'REGION', 'SAMORDNINGSFORBUND');

-- CreateEnum
CREATE TYPE "FinsamRole" AS ENUM ('FORBUNDSADMINISTRATOR', 'DELTAGARANSVARIG');

-- CreateEnum
CREATE TYPE "StaffRole" AS ENUM ('BA');

-- CreateEnum
CREATE TYPE "OrderStatus" AS ENUM ('SUBMITTED', 'IN_REVIEW', 'APPROVED', 'REJECTED', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "OrderKind" AS ENUM ('USER_9480');

-- CreateEnum
CREATE TYPE "TaskStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "Decision" AS ENUM ('APPROVE', 'REJECT');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENT');

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" "OrganisationType" NOT NULL,
    "organisationNumber" TEXT NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Forbund" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,

    CONSTRAINT "Forbund_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForbundMember" (
    "forbundId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,

    CONSTRAINT "ForbundMember_pkey" PRIMARY KEY ("forbundId","organisationId")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL,
    "personnummer" TEXT NOT NULL,
    "givenName" TEXT NOT NULL,
    "familyName" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "employerId" TEXT NOT NULL,
    "protectedIdentity" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BestallareMandate" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "validFrom" TIMESTAMP(3) NOT NULL,
    "validTo" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BestallareMandate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffAssignment" (
    "personId" TEXT NOT NULL,
    "role" "StaffRole" NOT NULL,

    CONSTRAINT "StaffAssignment_pkey" PRIMARY KEY ("personId","role")
);

-- CreateTable
CREATE TABLE "UserRole" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "forbundId" TEXT NOT NULL,
    "role" "FinsamRole" NOT NULL,
    "since" TIMESTAMP(3) NOT NULL,
    "grantedByOrderId" TEXT,

    CONSTRAINT "UserRole_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order" (
    "id" TEXT NOT NULL,
    "kind" "OrderKind" NOT NULL DEFAULT 'USER_9480',
    "status" "OrderStatus" NOT NULL,
    "role" "FinsamRole" NOT NULL,
    "forbundId" TEXT NOT NULL,
    "personnummer" TEXT NOT NULL,
    "givenName" TEXT NOT NULL,
    "familyName" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "employerId" TEXT NOT NULL,
    "protectedIdentity" BOOLEAN NOT NULL,
    "submittedById" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "idempotencyKey" TEXT,
    "decision" "Decision",
    "decisionReason" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "rejectionReasons" JSONB,
    "completedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BaTask" (
    "id" TEXT NOT NULL,
    "kind" "OrderKind" NOT NULL,
    "status" "TaskStatus" NOT NULL,
    "orderId" TEXT NOT NULL,
    "forbundId" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "claimedById" TEXT,
    "claimedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "remindersSent" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "BaTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmailOutbox" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "template" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "occurrence" INTEGER NOT NULL DEFAULT 0,
    "subject" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "EmailOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "orderId" TEXT,
    "actorId" TEXT,
    "event" TEXT NOT NULL,
    "data" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_organisationNumber_key" ON "Organisation"("organisationNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Forbund_organisationId_key" ON "Forbund"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Person_personnummer_key" ON "Person"("personnummer");

-- CreateIndex
CREATE INDEX "BestallareMandate_personId_idx" ON "BestallareMandate"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "UserRole_grantedByOrderId_key" ON "UserRole"("grantedByOrderId");

-- CreateIndex
CREATE INDEX "UserRole_forbundId_idx" ON "UserRole"("forbundId");

-- CreateIndex
CREATE UNIQUE INDEX "UserRole_personId_forbundId_role_key" ON "UserRole"("personId", "forbundId", "role");

-- CreateIndex
CREATE INDEX "Order_employerId_submittedAt_idx" ON "Order"("employerId", "submittedAt");

-- CreateIndex
CREATE INDEX "Order_status_idx" ON "Order"("status");

-- CreateIndex
CREATE UNIQUE INDEX "Order_submittedById_idempotencyKey_key" ON "Order"("submittedById", "idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "BaTask_orderId_key" ON "BaTask"("orderId");

-- CreateIndex
CREATE INDEX "BaTask_status_dueAt_id_idx" ON "BaTask"("status", "dueAt", "id");

-- CreateIndex
CREATE INDEX "BaTask_status_submittedAt_id_idx" ON "BaTask"("status", "submittedAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "EmailOutbox_orderId_template_recipient_occurrence_key" ON "EmailOutbox"("orderId", "template", "recipient", "occurrence");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_key_key" ON "AuditEvent"("key");

-- CreateIndex
CREATE INDEX "AuditEvent_orderId_at_idx" ON "AuditEvent"("orderId", "at");

-- AddForeignKey
ALTER TABLE "Forbund" ADD CONSTRAINT "Forbund_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForbundMember" ADD CONSTRAINT "ForbundMember_forbundId_fkey" FOREIGN KEY ("forbundId") REFERENCES "Forbund"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForbundMember" ADD CONSTRAINT "ForbundMember_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BestallareMandate" ADD CONSTRAINT "BestallareMandate_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BestallareMandate" ADD CONSTRAINT "BestallareMandate_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffAssignment" ADD CONSTRAINT "StaffAssignment_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserRole" ADD CONSTRAINT "UserRole_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserRole" ADD CONSTRAINT "UserRole_forbundId_fkey" FOREIGN KEY ("forbundId") REFERENCES "Forbund"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_forbundId_fkey" FOREIGN KEY ("forbundId") REFERENCES "Forbund"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BaTask" ADD CONSTRAINT "BaTask_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BaTask" ADD CONSTRAINT "BaTask_forbundId_fkey" FOREIGN KEY ("forbundId") REFERENCES "Forbund"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BaTask" ADD CONSTRAINT "BaTask_claimedById_fkey" FOREIGN KEY ("claimedById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailOutbox" ADD CONSTRAINT "EmailOutbox_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Hand-written (Prisma cannot express these in the schema):
-- The same order twice: at most one open order per person, förbund and role.
CREATE UNIQUE INDEX "Order_open_per_person_forbund_role_key" ON "Order"("personnummer", "forbundId", "role")
  WHERE "status" IN ('SUBMITTED', 'IN_REVIEW', 'APPROVED');

-- R-21: a beställare mandate lasts at most two years at a time.
ALTER TABLE "BestallareMandate" ADD CONSTRAINT "BestallareMandate_period_check"
  CHECK ("validTo" > "validFrom" AND "validTo" <= "validFrom" + INTERVAL '2 years');
