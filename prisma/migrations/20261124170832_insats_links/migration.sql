-- CreateEnum
CREATE TYPE "LinkStatus" AS ENUM ('WAITING_FOR_PUB_AVTAL', 'LINKED', 'UNLINKED', 'LAPSED', 'REFUSED');

-- AlterTable
ALTER TABLE "PubAvtal" ADD COLUMN     "workflowId" TEXT;

-- CreateTable
CREATE TABLE "InsatsLink" (
    "id" TEXT NOT NULL,
    "insatsId" TEXT NOT NULL,
    "forbundId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "status" "LinkStatus" NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "requestedById" TEXT NOT NULL,
    "waitUntil" TIMESTAMP(3) NOT NULL,
    "workflowId" TEXT,
    "pubAvtalId" TEXT,
    "linkedAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),
    "endedById" TEXT,
    "endReason" TEXT,

    CONSTRAINT "InsatsLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcessingLogEntry" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "action" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "actorId" TEXT,
    "authMethod" TEXT,
    "onBehalfOfId" TEXT,
    "forbundId" TEXT NOT NULL,
    "insatsId" TEXT NOT NULL,
    "linkId" TEXT,
    "pubAvtalId" TEXT,

    CONSTRAINT "ProcessingLogEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InsatsLink_insatsId_status_idx" ON "InsatsLink"("insatsId", "status");

-- CreateIndex
CREATE INDEX "InsatsLink_personId_status_idx" ON "InsatsLink"("personId", "status");

-- CreateIndex
CREATE INDEX "InsatsLink_forbundId_status_idx" ON "InsatsLink"("forbundId", "status");

-- CreateIndex
CREATE INDEX "InsatsLink_pubAvtalId_status_idx" ON "InsatsLink"("pubAvtalId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ProcessingLogEntry_key_key" ON "ProcessingLogEntry"("key");

-- CreateIndex
CREATE INDEX "ProcessingLogEntry_personId_at_idx" ON "ProcessingLogEntry"("personId", "at");

-- CreateIndex
CREATE INDEX "ProcessingLogEntry_forbundId_at_idx" ON "ProcessingLogEntry"("forbundId", "at");

-- CreateIndex
CREATE INDEX "ProcessingLogEntry_at_id_idx" ON "ProcessingLogEntry"("at", "id");

-- AddForeignKey
ALTER TABLE "InsatsLink" ADD CONSTRAINT "InsatsLink_insatsId_fkey" FOREIGN KEY ("insatsId") REFERENCES "Insats"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InsatsLink" ADD CONSTRAINT "InsatsLink_forbundId_fkey" FOREIGN KEY ("forbundId") REFERENCES "Forbund"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InsatsLink" ADD CONSTRAINT "InsatsLink_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InsatsLink" ADD CONSTRAINT "InsatsLink_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InsatsLink" ADD CONSTRAINT "InsatsLink_endedById_fkey" FOREIGN KEY ("endedById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InsatsLink" ADD CONSTRAINT "InsatsLink_pubAvtalId_fkey" FOREIGN KEY ("pubAvtalId") REFERENCES "PubAvtal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcessingLogEntry" ADD CONSTRAINT "ProcessingLogEntry_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcessingLogEntry" ADD CONSTRAINT "ProcessingLogEntry_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcessingLogEntry" ADD CONSTRAINT "ProcessingLogEntry_onBehalfOfId_fkey" FOREIGN KEY ("onBehalfOfId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcessingLogEntry" ADD CONSTRAINT "ProcessingLogEntry_forbundId_fkey" FOREIGN KEY ("forbundId") REFERENCES "Forbund"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcessingLogEntry" ADD CONSTRAINT "ProcessingLogEntry_insatsId_fkey" FOREIGN KEY ("insatsId") REFERENCES "Insats"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcessingLogEntry" ADD CONSTRAINT "ProcessingLogEntry_linkId_fkey" FOREIGN KEY ("linkId") REFERENCES "InsatsLink"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcessingLogEntry" ADD CONSTRAINT "ProcessingLogEntry_pubAvtalId_fkey" FOREIGN KEY ("pubAvtalId") REFERENCES "PubAvtal"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Written by hand: at most one open (waiting or linked) link per insats and person (R-30).
CREATE UNIQUE INDEX "InsatsLink_open_key" ON "InsatsLink"("insatsId", "personId") WHERE "status" IN ('WAITING_FOR_PUB_AVTAL', 'LINKED');

-- Written by hand: a link is made under an avtal (R-31), and only an ended link has an end.
ALTER TABLE "InsatsLink" ADD CONSTRAINT "InsatsLink_state_check" CHECK (
  ("status" <> 'LINKED' OR ("pubAvtalId" IS NOT NULL AND "linkedAt" IS NOT NULL AND "endedAt" IS NULL))
  AND (("status" IN ('WAITING_FOR_PUB_AVTAL', 'LINKED')) = ("endedAt" IS NULL))
);

-- Written by hand: the processing log is append-only (R-31). No row is changed or removed.
-- The body is an escape string with its semicolons written as \073: the migration runner splits
-- statements at every semicolon, even inside a function body.
CREATE FUNCTION "processing_log_append_only"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN RAISE EXCEPTION ''ProcessingLogEntry is append-only: % refused'', TG_OP\073 END\073';
CREATE TRIGGER "ProcessingLogEntry_append_only" BEFORE UPDATE OR DELETE ON "ProcessingLogEntry"
  FOR EACH ROW EXECUTE FUNCTION "processing_log_append_only"();
CREATE TRIGGER "ProcessingLogEntry_no_truncate" BEFORE TRUNCATE ON "ProcessingLogEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION "processing_log_append_only"();
