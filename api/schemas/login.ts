import { z } from 'zod';
import { LOGIN_METHOD_IDS } from '../../domain/login';

export const ZAuthMethod = z.enum([...LOGIN_METHOD_IDS, 'DEV_LOGIN']).describe('How the caller logged in (R-40), or the development login');

export const ZAuthSession = z.object({
  loggedIn: z.boolean(),
  authMethod: ZAuthMethod.optional(),
  csrfToken: z.string().optional().describe('Send as the x-csrf-token header on every state-changing request made with the session cookie'),
  logins: z.object({
    oidc: z.boolean().describe('Log in through the identity provider: GET /auth/login'),
    devLogin: z.boolean().describe('The development login is on (never in production)'),
  }),
});

export const ZLogout = z.object({ redirectTo: z.string().describe('Where the browser goes next: the identity provider\'s logout, or the login page') });
