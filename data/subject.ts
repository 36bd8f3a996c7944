/**
 * What an e-mail or an audit event is about: a request (ORDER) or a beställare mandate
 * (MANDATE); later a PUB-avtal or a link. The outbox's exactly-once key and the audit trail's
 * history both hang on (type, id). An ORDER also fills the `orderId` foreign key, which the
 * request's timeline reads.
 */
export const RECORD_SUBJECT_TYPES = ['ORDER', 'MANDATE'] as const;
export type RecordSubjectType = (typeof RECORD_SUBJECT_TYPES)[number];

export interface RecordSubject {
  type: RecordSubjectType;
  id: string;
}

export const orderSubject = (id: string): RecordSubject => ({ type: 'ORDER', id });
export const mandateSubject = (id: string): RecordSubject => ({ type: 'MANDATE', id });

/** The columns a subject fills. */
export function subjectColumns(s: RecordSubject): { subjectType: RecordSubjectType; subjectId: string; orderId: string | null } {
  return { subjectType: s.type, subjectId: s.id, orderId: s.type === 'ORDER' ? s.id : null };
}
