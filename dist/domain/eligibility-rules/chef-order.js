"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.notChefOfSubject = notChefOfSubject;
exports.checkChefOrder = checkChefOrder;
exports.isChefRoute = isChefRoute;
exports.checkChefOfEmployee = checkChefOfEmployee;
const ROUTE_RULE = { ARBETSFORMEDLINGEN: 'R-03', FORSAKRINGSKASSAN: 'R-04' };
/** The refusal for an orderer who is not the person's chef. Names nobody: the person may be anyone. */
function notChefOfSubject(rule) {
    return {
        rule,
        code: 'NOT_CHEF_OF_SUBJECT',
        message: 'Du kan bara beställa för dina egna medarbetare: personen ska ha dig som chef i ' +
            'personregistret. Kontrollera personnumret, eller be personens chef att beställa.',
    };
}
/**
 * at Arbetsförmedlingen and Försäkringskassan the employee's own chef orders. The
 * request kind is for one of them (`employerType`): the person must work there and have the
 * orderer as chef in the register. Checked in that order, so a refusal says nothing about a
 * person who is not the orderer's report.
 */
function checkChefOrder(employerType) {
    const rule = ROUTE_RULE[employerType];
    return (ctx) => {
        if (!ctx.ordererIsChef)
            return [notChefOfSubject(rule)];
        if (ctx.user.employer.type !== employerType) {
            return [{
                    rule,
                    code: 'WRONG_REQUEST_KIND',
                    message: employerType === 'ARBETSFORMEDLINGEN'
                        ? 'Den här beställningsvägen (via Arbetsförmedlingens servicedesk) gäller bara anställda på Arbetsförmedlingen.'
                        : 'Den här beställningsvägen (chefens beställning, kvalitetssäkrad av behörighetsadministrationen) gäller bara anställda på Försäkringskassan.',
                }];
        }
        return [];
    };
}
/**
 * Who orders for an employee: at FK and AF the person's chef, elsewhere a
 * beställare with a valid mandate for the employer (checked by checkBestallareMandate). Used by
 * kinds any organisation can use, such as removal and SUS.
 */
function isChefRoute(ctx) {
    return ctx.user.employer.type in ROUTE_RULE;
}
function checkChefOfEmployee(ctx) {
    return ctx.ordererIsChef ? [] : [notChefOfSubject(ROUTE_RULE[ctx.user.employer.type] ?? 'R-04')];
}
//# sourceMappingURL=chef-order.js.map