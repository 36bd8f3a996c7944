-- One open request per person, förbund, role and ordering employer, now that a returned request
-- is open too (waiting for the orderer to resubmit or cancel) and a system-wide role has no
-- förbund (NULLS NOT DISTINCT). Its own migration: RETURNED, added to the enum in the previous
-- one, cannot be used in the transaction that adds it.
DROP INDEX IF EXISTS "Order_open_per_person_forbund_role_key";
CREATE UNIQUE INDEX "Order_open_per_person_forbund_role_key" ON "Order"("personnummer", "forbundId", "role", "employerId") NULLS NOT DISTINCT
  WHERE "status" IN ('SUBMITTED', 'IN_REVIEW', 'APPROVED', 'RETURNED');
