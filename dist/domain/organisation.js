"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ORGANISATION_TYPE_LABELS = exports.ORGANISATION_TYPES = void 0;
exports.isOrganisationType = isOrganisationType;
// The parties (Parter) to the agreement on Uppföljning Finsam. The type decides who orders a
// user's access: a beställare for kommun, region and samordningsförbund, the chef for
// Arbetsförmedlingen and Försäkringskassan.
exports.ORGANISATION_TYPES = [
    'FORSAKRINGSKASSAN',
    'ARBETSFORMEDLINGEN',
    'KOMMUN',
    'REGION',
    'SAMORDNINGSFORBUND',
];
exports.ORGANISATION_TYPE_LABELS = {
    FORSAKRINGSKASSAN: 'Försäkringskassan',
    ARBETSFORMEDLINGEN: 'Arbetsförmedlingen',
    KOMMUN: 'Kommun',
    REGION: 'Region',
    SAMORDNINGSFORBUND: 'Samordningsförbund',
};
function isOrganisationType(value) {
    return typeof value === 'string' && exports.ORGANISATION_TYPES.includes(value);
}
//# sourceMappingURL=organisation.js.map