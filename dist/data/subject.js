"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.personSubject = exports.linkSubject = exports.pubAvtalSubject = exports.insatsSubject = exports.mandateSubject = exports.orderSubject = exports.RECORD_SUBJECT_TYPES = void 0;
exports.subjectColumns = subjectColumns;
/**
 * What an e-mail or an audit event is about: a request (ORDER), a beställare mandate
 * (MANDATE), an insats (INSATS) or a PUB-avtal (PUB_AVTAL) a deltagaransvarig's link to an insats (LINK) or a person (PERSON: a register extract). The outbox's exactly-once key and the audit trail's
 * history both hang on (type, id). An ORDER also fills the `orderId` foreign key, which the
 * request's timeline reads.
 */
exports.RECORD_SUBJECT_TYPES = ['ORDER', 'MANDATE', 'INSATS', 'PUB_AVTAL', 'LINK', 'PERSON'];
const orderSubject = (id) => ({ type: 'ORDER', id });
exports.orderSubject = orderSubject;
const mandateSubject = (id) => ({ type: 'MANDATE', id });
exports.mandateSubject = mandateSubject;
const insatsSubject = (id) => ({ type: 'INSATS', id });
exports.insatsSubject = insatsSubject;
const pubAvtalSubject = (id) => ({ type: 'PUB_AVTAL', id });
exports.pubAvtalSubject = pubAvtalSubject;
const linkSubject = (id) => ({ type: 'LINK', id });
exports.linkSubject = linkSubject;
const personSubject = (id) => ({ type: 'PERSON', id });
exports.personSubject = personSubject;
/** The columns a subject fills. */
function subjectColumns(s) {
    return { subjectType: s.type, subjectId: s.id, orderId: s.type === 'ORDER' ? s.id : null };
}
//# sourceMappingURL=subject.js.map