// Swedish labels for codes, from their one definition in the domain (never copied here).
import { ORDER_STATUS_LABELS, type OrderStatus } from '../../domain/order-status';
import { STAGE_DECISION_LABELS, type StageDecision } from '../../domain/request-kinds/stage';
import { MANDATE_STATE_LABELS } from '../../domain/mandate';
import { INSATS_KIND_LABELS, MALGRUPP_LABELS } from '../../domain/insats';
import { LINK_END_REASONS, LINK_STATUS_LABELS } from '../../domain/insats-link';
import { PROCESSING_ACTION_LABELS } from '../../domain/processing-log';
import { PUB_AVTAL_STATE_LABELS } from '../../domain/pub-avtal';
import { ROLE_DEFINITIONS, STAFF_ROLE_LABELS, isRole, type StaffRole } from '../../domain/roles';

export { INSATS_KIND_LABELS, LINK_END_REASONS, LINK_STATUS_LABELS, MALGRUPP_LABELS, MANDATE_STATE_LABELS, ORDER_STATUS_LABELS, PROCESSING_ACTION_LABELS, PUB_AVTAL_STATE_LABELS, STAGE_DECISION_LABELS };

export function statusLabel(status: string): string {
  return ORDER_STATUS_LABELS[status as OrderStatus] ?? status;
}

export function decisionLabel(decision: string): string {
  return STAGE_DECISION_LABELS[decision as StageDecision] ?? decision;
}

/** Any role a caller holds: beställare, chef, staff, or a granted user role. */
export function callerRoleLabel(role: string): string {
  if (role === 'BESTALLARE') return 'Beställare';
  if (role === 'CHEF') return 'Chef';
  if (role === 'REPRESENTATIVE') return 'Behörig företrädare';
  if (role in STAFF_ROLE_LABELS) return STAFF_ROLE_LABELS[role as StaffRole];
  return isRole(role) ? ROLE_DEFINITIONS[role].label : role;
}

const dateTime = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Stockholm' });
const date = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeZone: 'Europe/Stockholm' });

export const formatDateTime = (iso: string | null | undefined): string => (iso ? dateTime.format(new Date(iso)) : '–');
export const formatDate = (iso: string | null | undefined): string => (iso ? date.format(new Date(iso)) : '–');

/** Swedish list ("A, B och C") with the platform's own formatter. */
export const listSv = (items: string[]): string => new Intl.ListFormat('sv', { type: 'conjunction' }).format(items);
