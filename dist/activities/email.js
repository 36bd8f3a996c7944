"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.sendOutboxEmail = sendOutboxEmail;
exports.queueEmail = queueEmail;
exports.emailActivities = emailActivities;
const node_crypto_1 = require("node:crypto");
const roles_1 = require("../domain/roles");
const templates_1 = require("../mail/templates");
const transport_1 = require("../mail/transport");
const audit_1 = require("../data/audit");
const rule_violations_1 = require("../data/rule-violations");
const subject_1 = require("../data/subject");
/** A 5xx answer: the mail server refuses the message for good, so retrying cannot help. */
function isPermanentRefusal(err) {
    if (err instanceof transport_1.MailRecipientRejectedError)
        return err.responseCode !== undefined && !err.temporary;
    const code = err?.responseCode;
    return typeof code === 'number' && code >= 500 && code < 600;
}
/**
 * Sends one outbox e-mail unless it is already sent or failed: a retry after a crash does not
 * send again. The Message-ID is derived from the outbox row, so in the one window we cannot close
 * (the SMTP server accepted, the process died before marking the row) a receiving system can
 * still recognise the duplicate. A permanent refusal (5xx) marks the row FAILED, stops retrying,
 * shows on the order's timeline and tells BA's mailbox; anything else is thrown and retried.
 */
async function sendOutboxEmail(deps, outboxId) {
    const { db, mailer, settings } = deps;
    const row = await db.emailOutbox.findUniqueOrThrow({ where: { id: outboxId } });
    if (row.status === 'SENT')
        return;
    if (row.status === 'FAILED')
        return tellBaUndeliverable(deps, row); // a retry after a crash
    await db.emailOutbox.update({ where: { id: outboxId }, data: { attempts: { increment: 1 } } });
    try {
        await (0, transport_1.sendRenderedMail)(mailer, {
            from: settings.mailFrom,
            to: row.recipient,
            mail: { subject: row.subject, html: row.html, text: row.text },
            messageId: `${row.id}@behorighet.local`,
        });
    }
    catch (err) {
        const lastError = String(err.message).slice(0, 500);
        if (!isPermanentRefusal(err)) {
            await db.emailOutbox.update({ where: { id: outboxId }, data: { lastError } });
            throw err;
        }
        await db.$transaction(async (tx) => {
            await tx.emailOutbox.update({ where: { id: outboxId }, data: { status: 'FAILED', failedAt: new Date(), lastError } });
            await (0, audit_1.audit)(tx, { key: `email-failed:${outboxId}`, event: 'EMAIL_FAILED', subject: subjectOf(row), data: { template: row.template, recipient: row.recipient, error: lastError } });
        });
        return tellBaUndeliverable(deps, { ...row, lastError });
    }
    await db.$transaction(async (tx) => {
        await tx.emailOutbox.update({ where: { id: outboxId }, data: { status: 'SENT', sentAt: new Date(), lastError: null } });
        await (0, audit_1.audit)(tx, { key: `email:${outboxId}`, event: 'EMAIL_SENT', subject: subjectOf(row), data: { template: row.template, recipient: row.recipient } });
    });
}
/**
 * Tells BA's mailbox that an e-mail failed for good, once per failed e-mail (the occurrence is
 * derived from the failed row's id, so a retry finds the same notice) — unless BA's own mailbox
 * is what refused: there is nobody else to tell.
 */
async function tellBaUndeliverable(deps, failed) {
    const { baMailbox } = deps.settings;
    if (failed.recipient === baMailbox)
        return;
    // The reference BA looks up: the request's number, or the mandate's.
    const input = { template: 'EMAIL_UNDELIVERABLE_BA', orderId: failed.subjectId, recipient: failed.recipient, failedSubject: failed.subject, serverResponse: failed.lastError ?? '' };
    const occurrence = Number.parseInt(failed.id.replace(/-/g, '').slice(0, 7), 16);
    await sendOutboxEmail(deps, await queueEmail(deps, { subject: subjectOf(failed), recipient: baMailbox, input, occurrence }));
}
const subjectOf = (row) => ({ type: row.subjectType, id: row.subjectId });
/**
 * Renders an e-mail into the outbox, once per (subject, template, recipient, occurrence); a
 * retry finds the row already there. Returns the row's id. `orderId` is the short form of an
 * ORDER subject.
 */
async function queueEmail({ db }, m) {
    const subject = m.subject ?? (0, subject_1.orderSubject)(m.orderId);
    const { subjectType, subjectId, orderId } = (0, subject_1.subjectColumns)(subject);
    const key = { subjectType, subjectId, template: m.input.template, recipient: m.recipient, occurrence: m.occurrence ?? 0 };
    const row = await db.emailOutbox.upsert({
        where: { subjectType_subjectId_template_recipient_occurrence: key },
        create: { id: (0, node_crypto_1.randomUUID)(), ...key, orderId, ...(0, templates_1.renderMail)(m.input) },
        update: {},
    });
    return row.id;
}
function emailActivities(deps) {
    const { db } = deps;
    return {
        /** Writes the outcome's e-mails to the outbox (once) and returns their ids, in send order. */
        async queueOrderEmails({ orderId, outcome }) {
            const order = await db.order.findUniqueOrThrow({ where: { id: orderId }, include: { forbund: true, submittedBy: true } });
            const userName = `${order.givenName} ${order.familyName}`;
            const bestallareName = `${order.submittedBy.givenName} ${order.submittedBy.familyName}`;
            const common = { orderId, userName, bestallareName, roleLabel: (0, roles_1.roleLabel)(order.role), forbundName: order.forbund?.name ?? '' };
            const mails = [];
            if (outcome === 'APPROVED') {
                mails.push({ recipient: order.email, input: { template: 'ORDER_APPROVED_USER', ...common, role: order.role } });
                mails.push({ recipient: order.submittedBy.email, input: { template: 'ORDER_APPROVED_BESTALLARE', ...common, decidedAt: (order.decidedAt ?? new Date()).toISOString() } });
            }
            else {
                const reasons = outcome === 'REJECTED'
                    ? [order.decisionReason ?? '']
                    : (0, rule_violations_1.ruleViolationsIn)(order.rejectionReasons).map((v) => v.message);
                mails.push({ recipient: order.submittedBy.email, input: { template: 'ORDER_REJECTED_BESTALLARE', ...common, reasons } });
            }
            const ids = [];
            for (const { recipient, input } of mails)
                ids.push(await queueEmail(deps, { orderId, recipient, input }));
            return ids;
        },
        async sendEmail(outboxId) {
            await sendOutboxEmail(deps, outboxId);
        },
    };
}
//# sourceMappingURL=email.js.map