"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LINK_END_REASON_CODES = exports.LINK_END_REASONS = exports.OPEN_LINK_STATUSES = exports.LINK_STATUS_LABELS = exports.LINK_STATUSES = exports.LINK_WAIT_DAYS = void 0;
/**
 * Links between deltagaransvariga and insatser: a förbundsadministratör asks for a
 * link; it is made at once under a PUB-avtal in force, or waits up to LINK_WAIT_DAYS for
 * one and lapses. One definition of the statuses and of why a link ended.
 */
/** how long a link request waits for a PUB-avtal before it lapses. */
exports.LINK_WAIT_DAYS = 30;
/** The database's enum LinkStatus holds the same values. */
exports.LINK_STATUSES = ['WAITING_FOR_PUB_AVTAL', 'LINKED', 'UNLINKED', 'LAPSED', 'REFUSED'];
exports.LINK_STATUS_LABELS = {
    WAITING_FOR_PUB_AVTAL: 'Väntar på PUB-avtal',
    LINKED: 'Kopplad',
    UNLINKED: 'Kopplingen borttagen',
    LAPSED: 'Förföll utan PUB-avtal',
    REFUSED: 'Avslogs',
};
/** Waiting or linked: at most one such link per insats and person. */
exports.OPEN_LINK_STATUSES = ['WAITING_FOR_PUB_AVTAL', 'LINKED'];
/** Why a link (or a waiting request) ended. */
exports.LINK_END_REASONS = {
    /** The förbundsadministratör removed it, or withdrew the request. */
    UNLINKED: 'Borttagen av förbundsadministratör',
    /** The PUB-avtal it was made under ended, with none to take over. */
    PUB_AVTAL_ENDED: 'PUB-avtalet upphörde',
    /** The person's deltagaransvarig role was removed. */
    ROLE_REMOVED: 'Rollen som deltagaransvarig togs bort',
    /** No PUB-avtal came within the wait. */
    NO_PUB_AVTAL: `Inget PUB-avtal inom ${exports.LINK_WAIT_DAYS} dagar`,
};
exports.LINK_END_REASON_CODES = Object.keys(exports.LINK_END_REASONS);
//# sourceMappingURL=insats-link.js.map