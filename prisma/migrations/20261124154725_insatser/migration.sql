-- CreateTable
CREATE TABLE "Insats" (
    "id" TEXT NOT NULL,
    "forbundId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "periodFrom" DATE NOT NULL,
    "periodTo" DATE NOT NULL,
    "malgrupper" TEXT[],
    "esfCofunded" BOOLEAN NOT NULL,
    "budgetSek" INTEGER NOT NULL,
    "budgetedParticipants" INTEGER NOT NULL,
    "participantsPerYear" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT NOT NULL,

    CONSTRAINT "Insats_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Insats_forbundId_name_idx" ON "Insats"("forbundId", "name");

-- AddForeignKey
ALTER TABLE "Insats" ADD CONSTRAINT "Insats_forbundId_fkey" FOREIGN KEY ("forbundId") REFERENCES "Forbund"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Insats" ADD CONSTRAINT "Insats_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Insats" ADD CONSTRAINT "Insats_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- What forms/insats.ts checks, held by the database too (DOMAIN.md, Follow-up data, seed 002)
ALTER TABLE "Insats" ADD CONSTRAINT "Insats_values_check" CHECK (
  "budgetSek" >= 0 AND "budgetedParticipants" >= 0 AND "periodTo" >= "periodFrom"
  AND "kind" IN ('INDIVIDINRIKTAD', 'STRUKTUROVERGRIPANDE')
  AND cardinality("malgrupper") >= 1
  AND "malgrupper" <@ ARRAY['UNGA_16_29', 'ENBART_KVINNOR', 'ENBART_MAN', 'UNGA_MED_FUNKTIONSNEDSATTNING', 'UNGA_MED_AKTIVITETSERSATTNING', 'LANGTIDSSJUKSKRIVNA', 'INGEN_SPECIFIK_MALGRUPP']::TEXT[]
  AND NOT ('INGEN_SPECIFIK_MALGRUPP' = ANY("malgrupper") AND cardinality("malgrupper") > 1)
  AND jsonb_typeof("participantsPerYear") = 'array'
);
