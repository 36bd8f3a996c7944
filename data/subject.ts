/**
 * What an e-mail or an audit event is about: a request (ORDER), a beställare mandate
 * (MANDATE), an insats (INSATS) or a PUB-avtal (PUB_AVTAL) a deltagaransvarig's link to an insats (LINK) or a person (PERSON: a register extract). The outbox's exactly-once key and the audit trail's
 * history both hang on (type, id). An ORDER also fills the `orderId` foreign key, which the
 * request's timeline reads.
 */
export const RECORD_SUBJECT_TYPES = ['ORDER', 'MANDATE', 'INSATS', 'PUB_AVTAL', 'LINK', 'PERSON'] as const;
export type RecordSubjectType = (typeof RECORD_SUBJECT_TYPES)[number];

export interface RecordSubject {
  type: RecordSubjectType;
  id: string;
}

export const orderSubject = (id: string): RecordSubject => ({ type: 'ORDER', id });
export const mandateSubject = (id: string): RecordSubject => ({ type: 'MANDATE', id });
export const insatsSubject = (id: string): RecordSubject => ({ type: 'INSATS', id });
export const pubAvtalSubject = (id: string): RecordSubject => ({ type: 'PUB_AVTAL', id });
export const linkSubject = (id: string): RecordSubject => ({ type: 'LINK', id });
export const personSubject = (id: string): RecordSubject => ({ type: 'PERSON', id });

/** The columns a subject fills. */
export function subjectColumns(s: RecordSubject): { subjectType: RecordSubjectType; subjectId: string; orderId: string | null } {
  return { subjectType: s.type, subjectId: s.id, orderId: s.type === 'ORDER' ? s.id : null };
}
