"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkProtectedIdentity = checkProtectedIdentity;
/**
 * Uppföljning Finsam has no special protection for persons with skyddad identitet, so
 * they should not be users. The form asks (ZOrder9480.protectedIdentity) and a "yes" stops the
 * order here with an explanation.
 */
function checkProtectedIdentity(ctx) {
    if (!ctx.user.protectedIdentity)
        return [];
    return [
        {
            rule: 'R-08',
            code: 'PROTECTED_IDENTITY',
            message: 'Uppföljning Finsam har inget särskilt skydd för personer med skyddad identitet. ' +
                'Därför ska personer med skyddad identitet inte vara användare i systemet, och ' +
                'beställningen kan inte skickas.',
        },
    ];
}
//# sourceMappingURL=protected-identity.js.map