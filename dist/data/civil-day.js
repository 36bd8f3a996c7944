"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.dateColumnOf = exports.dayOfDateColumn = void 0;
/**
 * Columns of type DATE (`@db.Date`) hold a civil day with no time zone. Prisma reads and writes
 * them as a Date at UTC midnight; these turn that into the `YYYY-MM-DD` the domain uses, and back.
 */
const dayOfDateColumn = (d) => d.toISOString().slice(0, 10);
exports.dayOfDateColumn = dayOfDateColumn;
const dateColumnOf = (day) => new Date(`${day}T00:00:00Z`);
exports.dateColumnOf = dateColumnOf;
//# sourceMappingURL=civil-day.js.map