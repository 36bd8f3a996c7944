import type { RuleViolation } from '../domain/rule-violation';
import type { Prisma } from './prisma';

/** A JSON column that holds [{ rule, code, message }]: Order.rejectionReasons, Order.reviewFindings. */
export function ruleViolationsIn(column: Prisma.JsonValue | null): RuleViolation[] {
  return Array.isArray(column) ? (column as unknown as RuleViolation[]) : [];
}
