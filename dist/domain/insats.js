"use strict";
/**
 * Insatser: what a samordningsförbund finances and follows up in Uppföljning Finsam (DOMAIN.md,
 * "Follow-up data", seed 002). One definition of their kinds and målgrupper: the database stores
 * these ids as text, and the API schemas, the forms and the UI read them from here.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.NO_SPECIFIC_MALGRUPP = exports.MALGRUPP_LABELS = exports.MALGRUPPER = exports.INSATS_KIND_LABELS = exports.INSATS_KINDS = void 0;
exports.malgrupperCombine = malgrupperCombine;
exports.INSATS_KINDS = ['INDIVIDINRIKTAD', 'STRUKTUROVERGRIPANDE'];
exports.INSATS_KIND_LABELS = {
    INDIVIDINRIKTAD: 'Individinriktad',
    STRUKTUROVERGRIPANDE: 'Strukturövergripande',
};
/** The seven målgrupper; an insats has one or more. */
exports.MALGRUPPER = [
    'UNGA_16_29',
    'ENBART_KVINNOR',
    'ENBART_MAN',
    'UNGA_MED_FUNKTIONSNEDSATTNING',
    'UNGA_MED_AKTIVITETSERSATTNING',
    'LANGTIDSSJUKSKRIVNA',
    'INGEN_SPECIFIK_MALGRUPP',
];
exports.MALGRUPP_LABELS = {
    UNGA_16_29: 'Unga (16–29 år)',
    ENBART_KVINNOR: 'Enbart kvinnor',
    ENBART_MAN: 'Enbart män',
    UNGA_MED_FUNKTIONSNEDSATTNING: 'Unga med funktionsnedsättning',
    UNGA_MED_AKTIVITETSERSATTNING: 'Unga med aktivitetsersättning',
    LANGTIDSSJUKSKRIVNA: 'Långtidssjukskrivna',
    INGEN_SPECIFIK_MALGRUPP: 'Ingen specifik målgrupp',
};
/** "Ingen specifik målgrupp" is never combined with another målgrupp (seed 002). */
exports.NO_SPECIFIC_MALGRUPP = 'INGEN_SPECIFIK_MALGRUPP';
function malgrupperCombine(malgrupper) {
    return !(malgrupper.includes(exports.NO_SPECIFIC_MALGRUPP) && malgrupper.length > 1);
}
//# sourceMappingURL=insats.js.map