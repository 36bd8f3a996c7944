"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ORDERER_LABELS = exports.ORDERERS = void 0;
exports.defineKind = defineKind;
/** Who may submit a kind: a beställare, a chef, or a Part's authorised representative. */
exports.ORDERERS = ['BESTALLARE', 'CHEF', 'REPRESENTATIVE'];
/** Each orderer in Swedish, for refusals. */
exports.ORDERER_LABELS = { BESTALLARE: 'beställare', CHEF: 'chef', REPRESENTATIVE: 'behörig företrädare för organisationen' };
/** Declares a kind with its form type checked against its example and toDraft. */
function defineKind(kind) {
    return kind;
}
//# sourceMappingURL=kind.js.map