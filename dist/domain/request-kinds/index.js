"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isMandateEffect = exports.STAGE_DECISIONS = exports.REQUEST_EFFECTS = exports.ORDERERS = exports.ORDERER_LABELS = exports.defineKind = exports.BA_STAGE = exports.REQUEST_KIND_IDS = exports.REQUEST_KINDS = void 0;
exports.findKind = findKind;
exports.nonGrantKinds = nonGrantKinds;
exports.checkRequest = checkRequest;
exports.assessRequest = assessRequest;
var catalog_1 = require("./catalog");
Object.defineProperty(exports, "REQUEST_KINDS", { enumerable: true, get: function () { return catalog_1.REQUEST_KINDS; } });
Object.defineProperty(exports, "REQUEST_KIND_IDS", { enumerable: true, get: function () { return catalog_1.REQUEST_KIND_IDS; } });
Object.defineProperty(exports, "BA_STAGE", { enumerable: true, get: function () { return catalog_1.BA_STAGE; } });
var kind_1 = require("./kind");
Object.defineProperty(exports, "defineKind", { enumerable: true, get: function () { return kind_1.defineKind; } });
Object.defineProperty(exports, "ORDERER_LABELS", { enumerable: true, get: function () { return kind_1.ORDERER_LABELS; } });
Object.defineProperty(exports, "ORDERERS", { enumerable: true, get: function () { return kind_1.ORDERERS; } });
var stage_1 = require("./stage");
Object.defineProperty(exports, "REQUEST_EFFECTS", { enumerable: true, get: function () { return stage_1.REQUEST_EFFECTS; } });
Object.defineProperty(exports, "STAGE_DECISIONS", { enumerable: true, get: function () { return stage_1.STAGE_DECISIONS; } });
const catalog_2 = require("./catalog");
/** The kind of a request, from the catalog (the real one unless a test brings its own). */
function findKind(kind, catalog = catalog_2.REQUEST_KINDS) {
    return catalog[kind];
}
/** Kinds that do not grant a role (removals, mandates): their open requests are not pending roles. */
function nonGrantKinds(catalog = catalog_2.REQUEST_KINDS) {
    return Object.values(catalog).filter((k) => k.effect !== 'GRANT').map((k) => k.kind);
}
/** Runs a kind's rules in order and returns every violation (empty: the request may go on). */
function checkRequest(kind, ctx) {
    const orderer = kind.ordererRule(ctx);
    if (orderer.length > 0)
        return orderer;
    return kind.rules.flatMap((rule) => rule(ctx));
}
/**
 * No disclosure across organisations (docs/rules.md): the violations of `visibleCtx` (what the
 * ordering organisation may know) are refusals; what the full context adds becomes findings
 * only BA sees.
 */
function assessRequest(kind, visibleCtx, ctx) {
    const refusals = checkRequest(kind, visibleCtx);
    if (refusals.length > 0)
        return { refusals, reviewFindings: [] };
    return { refusals: [], reviewFindings: checkRequest(kind, ctx) };
}
/** The mandate kinds: their effect is a beställare mandate, not a role. */
const isMandateEffect = (effect) => effect === 'REGISTER_MANDATE' || effect === 'RENEW_MANDATE';
exports.isMandateEffect = isMandateEffect;
//# sourceMappingURL=index.js.map