"use strict";
/**
 * How people log in and why a login can be refused: one definition, shared by the API
 * (which maps the identity provider's answer to a method and writes it to the audit trail), the
 * development identity provider (which offers the methods) and the web UI (which says it in Swedish).
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.LOGIN_REFUSALS = exports.LOGIN_PAGE = exports.LOGIN_METHOD_IDS = exports.LOGIN_METHODS = void 0;
exports.loginMethodOfAcr = loginMethodOfAcr;
exports.isLoginRefusal = isLoginRefusal;
/**
 * Efos (FK's card), Arbetsförmedlingen's e-service card, BankID and Mobilt BankID. `acr` is
 * the authentication context class the identity provider reports for the method. The BankID
 * values are those Swedish brokers use (same device / another device); the card values are this
 * product's until the production IdP's are known: changing them is a change of this table only.
 */
exports.LOGIN_METHODS = {
    BANKID: { label: 'BankID', acr: 'urn:grn:authn:se:bankid:same-device' },
    MOBILT_BANKID: { label: 'Mobilt BankID', acr: 'urn:grn:authn:se:bankid:another-device' },
    EFOS: { label: 'Efos-kort (Försäkringskassan)', acr: 'urn:grn:authn:se:efos' },
    AF_ETJANSTEKORT: { label: 'Arbetsförmedlingens e-tjänstekort', acr: 'urn:grn:authn:se:af-etjanstekort' },
};
exports.LOGIN_METHOD_IDS = Object.keys(exports.LOGIN_METHODS);
function loginMethodOfAcr(acr) {
    return exports.LOGIN_METHOD_IDS.find((id) => exports.LOGIN_METHODS[id].acr === acr) ?? null;
}
/** The web UI's login page: where refusals, logouts and the identity provider's logout lead. */
exports.LOGIN_PAGE = '/app/logga-in';
/**
 * Why a login through the identity provider did not give a session, or a session ended. The
 * callback (or the web UI) sends the browser to the login page with the code
 * (`/app/logga-in?fel=CODE`); the page says what to do.
 */
exports.LOGIN_REFUSALS = {
    UNKNOWN_PERSON: {
        title: 'Du finns inte i registret',
        message: 'Du loggade in, men du finns inte bland dem som har behörighet i tjänsten. För att få behörighet ska en beställare ' +
            'i din organisation, eller din chef, beställa den åt dig. När Försäkringskassans behörighetsadministration har ' +
            'registrerat dig får du ett e-postmeddelande och kan logga in.',
    },
    NO_ROLE: {
        title: 'Du har ingen behörighet i tjänsten',
        message: 'Du finns i registret men har i dag ingen roll här: inget giltigt uppdrag som beställare, ingen roll i Uppföljning ' +
            'Finsam och inga medarbetare att beställa för. Be en beställare i din organisation eller din chef att beställa ' +
            'behörighet åt dig. Har ditt uppdrag som beställare gått ut behöver din organisation anmäla dig på nytt.',
    },
    METHOD_NOT_ALLOWED: {
        title: 'Inloggningssättet kan inte användas',
        message: 'Logga in med Efos-kort, Arbetsförmedlingens e-tjänstekort, BankID eller Mobilt BankID.',
    },
    LOGIN_FAILED: {
        title: 'Inloggningen kunde inte slutföras',
        message: 'Inloggningen avbröts eller gick inte att kontrollera, till exempel för att den tog för lång tid eller redan hade ' +
            'använts. Börja om och logga in igen.',
    },
    IDP_UNAVAILABLE: {
        title: 'Inloggningstjänsten svarar inte',
        message: 'Det går inte att logga in just nu eftersom inloggningstjänsten inte svarar. Försök igen om en stund.',
    },
    // Not from the callback: the web UI comes here when the API answers SESSION_EXPIRED.
    SESSION_EXPIRED: {
        title: 'Din inloggning har gått ut',
        message: 'Du har inte använt tjänsten på en stund, eller varit inloggad länge. Logga in igen för att fortsätta.',
    },
};
function isLoginRefusal(code) {
    return typeof code === 'string' && Object.hasOwn(exports.LOGIN_REFUSALS, code);
}
//# sourceMappingURL=login.js.map