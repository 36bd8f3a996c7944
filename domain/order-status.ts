/** The statuses of an order (docs/api.md), in the order an order passes them. */
// RETURNED: sent back to the orderer at a stage, waiting for them to resubmit or cancel.
export const ORDER_STATUSES = ['SUBMITTED', 'IN_REVIEW', 'APPROVED', 'REJECTED', 'COMPLETED', 'CANCELLED', 'RETURNED'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** Each status in Swedish, for people (the web UI). */
export const ORDER_STATUS_LABELS: Readonly<Record<OrderStatus, string>> = {
  SUBMITTED: 'Inskickad',
  IN_REVIEW: 'Under handläggning',
  APPROVED: 'Godkänd',
  REJECTED: 'Avslagen',
  COMPLETED: 'Klar',
  CANCELLED: 'Återkallad',
  RETURNED: 'Tillbakaskickad för komplettering',
};

/** Nothing is decided yet: the orderer may still withdraw the request. */
export const UNDECIDED_STATUSES = ['SUBMITTED', 'IN_REVIEW', 'RETURNED'] as const satisfies readonly OrderStatus[];
export const isUndecided = (status: string): boolean => (UNDECIDED_STATUSES as readonly string[]).includes(status);
