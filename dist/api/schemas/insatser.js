"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ZInsatsParams = exports.ZInsatsView = void 0;
const zod_1 = require("zod");
const insats_1 = require("../../domain/insats");
/** An insats as everyone with a role in its förbund reads it (domain/insats.ts). */
exports.ZInsatsView = zod_1.z.object({
    id: zod_1.z.string(),
    forbundId: zod_1.z.string(),
    name: zod_1.z.string(),
    kind: zod_1.z.enum(insats_1.INSATS_KINDS),
    /** `YYYY-MM-DD`, inclusive. */
    periodFrom: zod_1.z.string(),
    periodTo: zod_1.z.string(),
    malgrupper: zod_1.z.array(zod_1.z.enum(insats_1.MALGRUPPER)),
    esfCofunded: zod_1.z.boolean(),
    budgetSek: zod_1.z.number().int(),
    budgetedParticipants: zod_1.z.number().int(),
    participantsPerYear: zod_1.z.array(zod_1.z.object({ year: zod_1.z.number().int(), participants: zod_1.z.number().int() })),
    createdAt: zod_1.z.string(),
    updatedAt: zod_1.z.string(),
    updatedBy: zod_1.z.string(),
});
exports.ZInsatsParams = zod_1.z.object({ id: zod_1.z.string(), insatsId: zod_1.z.string() });
//# sourceMappingURL=insatser.js.map