"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkSuperadminEmployer = checkSuperadminEmployer;
/** superadministratör in SUS is for Försäkringskassan's own operations staff only. */
function checkSuperadminEmployer(ctx) {
    if (ctx.user.employer.type === 'FORSAKRINGSKASSAN')
        return [];
    return [{
            rule: 'R-52',
            code: 'SUPERADMIN_FK_ONLY',
            message: 'Superadministratör kan bara innehas av anställda på Försäkringskassan som arbetar med systemets drift.',
        }];
}
//# sourceMappingURL=superadmin.js.map