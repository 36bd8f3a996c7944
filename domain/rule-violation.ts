import type { RuleCode } from './error-codes';

// A broken domain rule, shaped so the API can return it as-is and tests can match on `code`
// without depending on the wording of `message`.
export interface RuleViolation {
  /** The rule id from docs/rules.md, e.g. 'R-07'. */
  rule: string;
  /** Stable machine-readable code in UPPER_SNAKE, e.g. 'DELTAGARANSVARIG_NOT_ALLOWED'. */
  code: RuleCode;
  /** Swedish text for the beställare: what is wrong and what to do. */
  message: string;
}
