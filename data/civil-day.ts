/**
 * Columns of type DATE (`@db.Date`) hold a civil day with no time zone. Prisma reads and writes
 * them as a Date at UTC midnight; these turn that into the `YYYY-MM-DD` the domain uses, and back.
 */
export const dayOfDateColumn = (d: Date): string => d.toISOString().slice(0, 10);
export const dateColumnOf = (day: string): Date => new Date(`${day}T00:00:00Z`);
