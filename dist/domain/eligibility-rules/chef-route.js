"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkChefRoute = checkChefRoute;
/**
 * employees of Arbetsförmedlingen and Försäkringskassan are not ordered by a
 * beställare on blankett 9480 but by their chef, with their own request kinds (AF_9480 through
 * AF's service desk; FK_CHEF, quality-assured by BA). Such a 9480 order stops here, and the
 * beställare rules that follow would say nothing useful.
 */
function checkChefRoute(ctx) {
    const { employer } = ctx.user;
    if (employer.type === 'ARBETSFORMEDLINGEN') {
        return [
            {
                rule: 'R-03',
                code: 'ORDERED_BY_CHEF',
                message: `Användaren är anställd av ${employer.name}. Anställda på Arbetsförmedlingen får ` +
                    'behörighet genom att deras chef fyller i beställningen och skickar den via ' +
                    'Arbetsförmedlingens servicedesk till Försäkringskassan. Be användarens chef att ' +
                    'beställa (ärendetyp AF_9480).',
            },
        ];
    }
    if (employer.type === 'FORSAKRINGSKASSAN') {
        return [
            {
                rule: 'R-04',
                code: 'ORDERED_BY_CHEF',
                message: `Användaren är anställd av ${employer.name}. Anställda på Försäkringskassan får ` +
                    'behörighet genom att deras chef beställer den; blankett 9480 används inte. Be ' +
                    'användarens chef att beställa (ärendetyp FK_CHEF).',
            },
        ];
    }
    return [];
}
//# sourceMappingURL=chef-route.js.map