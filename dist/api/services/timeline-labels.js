"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.timelineLabel = timelineLabel;
/**
 * The timeline's events in Swedish, for people (the event codes stay in the audit trail and the
 * API). An event without a label here is shown by its code, so a new event is never hidden.
 */
const TIMELINE_LABELS = {
    ORDER_SUBMITTED: 'Beställningen skickades in',
    ORDER_REJECTED_BY_RULES: 'Beställningen stoppades av en regel',
    TASK_OPENED: 'Ärendet lades i kön',
    TASK_CLAIMED: 'En handläggare tog ärendet',
    TASK_RELEASED: 'Ärendet lämnades tillbaka till kön',
    REMINDER_SENT: 'Påminnelse: ärendet är försenat',
    TASK_ESCALATED: 'Ärendet eskalerades',
    STAGE_FORWARDED: 'Skickades vidare till nästa steg',
    STAGE_APPROVED: 'Godkändes i ett steg',
    ORDER_RETURNED: 'Skickades tillbaka för komplettering',
    ORDER_RESUBMITTED: 'Kompletterades och skickades in igen',
    ORDER_CANCELLED: 'Beställningen återkallades',
    ORDER_APPROVED: 'Beställningen godkändes',
    ORDER_REJECTED: 'Beställningen avslogs',
    PERSON_REGISTERED: 'Personen registrerades',
    EMPLOYMENT_CHANGED: 'Anställningen ändrades i registret',
    ROLE_GRANTED: 'Behörigheten registrerades',
    ROLE_REMOVED: 'Behörigheten togs bort',
    EMAIL_SENT: 'E-post skickades',
    EMAIL_FAILED: 'E-post kunde inte skickas',
    ORDER_COMPLETED: 'Klar',
    ORDER_CLOSED: 'Avslutad',
    // A beställare mandate's history.
    MANDATE_REGISTERED: 'Registrerades som beställare',
    MANDATE_REMINDER_SENT: 'Påminnelse om att uppdraget upphör',
    MANDATE_RENEWED: 'Uppdraget förnyades',
    MANDATE_RENEWAL_VOID: 'Förnyelsen fick ingen verkan (uppdraget var återkallat)',
    MANDATE_EXPIRED: 'Uppdraget upphörde',
    MANDATE_REVOKED: 'Uppdraget återkallades',
};
function timelineLabel(event) {
    return TIMELINE_LABELS[event] ?? event;
}
//# sourceMappingURL=timeline-labels.js.map