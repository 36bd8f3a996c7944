"use strict";
// Sending rendered e-mails over SMTP. Sends happen inside retried workflow activities, so:
// - the caller supplies a deterministic Message-ID, making a retried send recognisable as the
//   same message by receivers (and by tests reading the mail catcher);
// - timeouts are short, so a hung server fails the attempt instead of blocking it for minutes;
// - a rejected recipient is an error, never a silent partial success.
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.MailRecipientRejectedError = void 0;
exports.createMailTransport = createMailTransport;
exports.normalizeMessageId = normalizeMessageId;
exports.sendRenderedMail = sendRenderedMail;
const nodemailer_1 = __importDefault(require("nodemailer"));
const shared_1 = require("nodemailer/lib/shared");
/**
 * Creates a transporter from a URL such as `smtp://127.0.0.1:2525` or
 * `smtps://user:pass@smtp.example.se:465`. Nodemailer options may be given as query parameters
 * (e.g. `?ignoreTLS=true`); they override the defaults below.
 */
function createMailTransport(smtpUrl) {
    // Not `{ url, ...options }`: nodemailer's createTransport then drops every option but the URL.
    return nodemailer_1.default.createTransport({
        // nodemailer's defaults (2 min to connect, 10 min idle) exceed any sensible activity timeout.
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
        ...(0, shared_1.parseConnectionUrl)(smtpUrl),
        // Message content is built from form data; never let it make the mailer read files or URLs.
        disableFileAccess: true,
        disableUrlAccess: true,
    });
}
/** Thrown when the SMTP server refuses one or more recipients. */
class MailRecipientRejectedError extends Error {
    rejected;
    /** The server's reply code (e.g. 451, 550), when known. */
    responseCode;
    /** True for a 4xx reply: the same send may succeed later, so retrying makes sense. */
    temporary;
    constructor(rejected, responseCode, response) {
        super(`SMTP server rejected recipient(s) ${rejected.join(', ')}` +
            (response ? `: ${response}` : responseCode ? ` (${responseCode})` : ''));
        this.name = 'MailRecipientRejectedError';
        this.rejected = rejected;
        this.responseCode = responseCode;
        this.temporary = responseCode !== undefined && responseCode >= 400 && responseCode < 500;
    }
}
exports.MailRecipientRejectedError = MailRecipientRejectedError;
// The id-left@id-right shape of RFC 5322, without anything that could break the header.
const MESSAGE_ID = /^<?([^\s<>@]+@[^\s<>@]+)>?$/;
function normalizeMessageId(messageId) {
    const match = MESSAGE_ID.exec(messageId);
    if (!match) {
        throw new Error(`Invalid Message-ID ${JSON.stringify(messageId)}: expected local@domain`);
    }
    return `<${match[1]}>`;
}
function addressOf(entry) {
    return typeof entry === 'string' ? entry : entry.address;
}
function rejectionError(rejected, details) {
    const first = details.rejectedErrors?.[0];
    return new MailRecipientRejectedError(rejected.map(addressOf), first?.responseCode ?? details.responseCode, first?.response ?? details.response);
}
/**
 * Sends a rendered mail and returns the Message-ID the server accepted (with angle brackets).
 * Throws MailRecipientRejectedError if any recipient is refused; other SMTP and network errors
 * propagate unchanged (they carry nodemailer's `code` and, when known, `responseCode`).
 */
async function sendRenderedMail(transport, options) {
    const messageId = normalizeMessageId(options.messageId);
    let info;
    try {
        info = await transport.sendMail({
            from: options.from,
            to: options.to,
            subject: options.mail.subject,
            text: options.mail.text,
            html: options.mail.html,
            messageId,
            headers: options.headers,
        });
    }
    catch (err) {
        // When every recipient is refused nodemailer fails the whole send with EENVELOPE.
        const details = err;
        if (details?.code === 'EENVELOPE' && details.rejected?.length) {
            throw rejectionError(details.rejected, details);
        }
        throw err;
    }
    // With several recipients nodemailer sends to those accepted and lists the rest here.
    if (info.rejected?.length) {
        throw rejectionError(info.rejected, { rejectedErrors: info.rejectedErrors });
    }
    return info.messageId;
}
//# sourceMappingURL=transport.js.map