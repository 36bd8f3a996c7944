"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ZLogout = exports.ZAuthSession = exports.ZAuthMethod = void 0;
const zod_1 = require("zod");
const login_1 = require("../../domain/login");
exports.ZAuthMethod = zod_1.z.enum([...login_1.LOGIN_METHOD_IDS, 'DEV_LOGIN']).describe('How the caller logged in (R-40), or the development login');
exports.ZAuthSession = zod_1.z.object({
    loggedIn: zod_1.z.boolean(),
    authMethod: exports.ZAuthMethod.optional(),
    csrfToken: zod_1.z.string().optional().describe('Send as the x-csrf-token header on every state-changing request made with the session cookie'),
    logins: zod_1.z.object({
        oidc: zod_1.z.boolean().describe('Log in through the identity provider: GET /auth/login'),
        devLogin: zod_1.z.boolean().describe('The development login is on (never in production)'),
    }),
});
exports.ZLogout = zod_1.z.object({ redirectTo: zod_1.z.string().describe('Where the browser goes next: the identity provider\'s logout, or the login page') });
//# sourceMappingURL=login.js.map