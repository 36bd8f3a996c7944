-- CreateTable
CREATE TABLE "PubAvtal" (
    "id" TEXT NOT NULL,
    "forbundId" TEXT NOT NULL,
    "signedOn" DATE NOT NULL,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,
    "terminatedOn" DATE,
    "terminationReason" TEXT,
    "registeredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "registeredById" TEXT NOT NULL,
    "terminatedById" TEXT,

    CONSTRAINT "PubAvtal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PubAvtal_forbundId_validFrom_idx" ON "PubAvtal"("forbundId", "validFrom");

-- AddForeignKey
ALTER TABLE "PubAvtal" ADD CONSTRAINT "PubAvtal_forbundId_fkey" FOREIGN KEY ("forbundId") REFERENCES "Forbund"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PubAvtal" ADD CONSTRAINT "PubAvtal_registeredById_fkey" FOREIGN KEY ("registeredById") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PubAvtal" ADD CONSTRAINT "PubAvtal_terminatedById_fkey" FOREIGN KEY ("terminatedById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- R-31: a period that ends before it starts, or a termination without who did it, is no avtal
ALTER TABLE "PubAvtal" ADD CONSTRAINT "PubAvtal_period_check" CHECK (
  ("validTo" IS NULL OR "validTo" >= "validFrom")
  AND ("terminatedOn" IS NULL) = ("terminatedById" IS NULL)
);
