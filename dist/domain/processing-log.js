"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PROCESSING_ACTION_LABELS = exports.PROCESSING_ACTIONS = void 0;
/**
 * The personal-data processing log: what was done with a deltagaransvarig's personal data
 * on Försäkringskassan's behalf. One definition of the actions.
 */
exports.PROCESSING_ACTIONS = ['LINK', 'UNLINK', 'READ_LINKS'];
exports.PROCESSING_ACTION_LABELS = {
    LINK: 'Kopplad till insats',
    UNLINK: 'Koppling till insats borttagen',
    READ_LINKS: 'Uppgift om koppling läst',
};
//# sourceMappingURL=processing-log.js.map