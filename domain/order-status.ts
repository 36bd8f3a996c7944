/** The statuses of an order (docs/api.md), in the order an order passes them. */
// RETURNED: sent back to the orderer at a stage, waiting for them to resubmit or cancel.
export const ORDER_STATUSES = ['SUBMITTED', 'IN_REVIEW', 'APPROVED', 'REJECTED', 'COMPLETED', 'CANCELLED', 'RETURNED'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** Nothing is decided yet: the orderer may still withdraw the request. */
export const UNDECIDED_STATUSES = ['SUBMITTED', 'IN_REVIEW', 'RETURNED'] as const satisfies readonly OrderStatus[];
export const isUndecided = (status: string): boolean => (UNDECIDED_STATUSES as readonly string[]).includes(status);
