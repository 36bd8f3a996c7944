-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "StaffRole" ADD VALUE 'AF_SERVICEDESK';
ALTER TYPE "StaffRole" ADD VALUE 'INFO_EXCHANGE_MANAGER';

-- AlterEnum
ALTER TYPE "OrderStatus" ADD VALUE 'RETURNED';

-- DropForeignKey
ALTER TABLE "UserRole" DROP CONSTRAINT "UserRole_forbundId_fkey";

-- DropForeignKey
ALTER TABLE "Order" DROP CONSTRAINT "Order_forbundId_fkey";

-- DropForeignKey
ALTER TABLE "BaTask" DROP CONSTRAINT "BaTask_forbundId_fkey";

-- DropIndex
DROP INDEX "BaTask_orderId_key";

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "managerId" TEXT;

-- AlterTable
-- Hand-edited: the enum columns become text in place (Prisma would drop and re-add them).
ALTER TABLE "UserRole" ALTER COLUMN "forbundId" DROP NOT NULL,
ALTER COLUMN "role" TYPE TEXT USING "role"::text;

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "payload" JSONB,
ADD COLUMN     "returnReason" TEXT,
ADD COLUMN     "round" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "workflowType" TEXT NOT NULL DEFAULT 'order9480Workflow',
ALTER COLUMN "kind" DROP DEFAULT,
ALTER COLUMN "kind" TYPE TEXT USING "kind"::text,
ALTER COLUMN "kind" SET DEFAULT 'USER_9480',
ALTER COLUMN "role" TYPE TEXT USING "role"::text,
ALTER COLUMN "forbundId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "BaTask" ADD COLUMN     "actorRole" "StaffRole" NOT NULL DEFAULT 'BA',
ADD COLUMN     "decisions" TEXT[] DEFAULT ARRAY['APPROVE', 'REJECT']::TEXT[],
ADD COLUMN     "decidedAt" TIMESTAMP(3),
ADD COLUMN     "decidedById" TEXT,
ADD COLUMN     "decision" TEXT,
ADD COLUMN     "decisionReason" TEXT,
ADD COLUMN     "escalatedAt" TIMESTAMP(3),
ADD COLUMN     "escalationRole" "StaffRole",
ADD COLUMN     "round" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "scopeOrganisationId" TEXT,
ADD COLUMN     "stage" TEXT NOT NULL DEFAULT 'BA',
ADD COLUMN     "stageLabel" TEXT NOT NULL DEFAULT 'Behörighetsadministrationen',
ALTER COLUMN "kind" TYPE TEXT USING "kind"::text,
ALTER COLUMN "forbundId" DROP NOT NULL;

-- DropEnum
DROP TYPE "FinsamRole";

-- DropEnum
DROP TYPE "OrderKind";

-- CreateIndex
CREATE INDEX "Person_managerId_idx" ON "Person"("managerId");

-- CreateIndex (hand-edited: a system-wide role has no förbund, and is still held only once)
DROP INDEX "UserRole_personId_forbundId_role_key";
CREATE UNIQUE INDEX "UserRole_personId_forbundId_role_key" ON "UserRole"("personId", "forbundId", "role") NULLS NOT DISTINCT;

-- CreateIndex
CREATE UNIQUE INDEX "BaTask_orderId_round_stage_key" ON "BaTask"("orderId", "round", "stage");

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_managerId_fkey" FOREIGN KEY ("managerId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserRole" ADD CONSTRAINT "UserRole_forbundId_fkey" FOREIGN KEY ("forbundId") REFERENCES "Forbund"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_forbundId_fkey" FOREIGN KEY ("forbundId") REFERENCES "Forbund"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BaTask" ADD CONSTRAINT "BaTask_forbundId_fkey" FOREIGN KEY ("forbundId") REFERENCES "Forbund"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BaTask" ADD CONSTRAINT "BaTask_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

