import type { Db } from '../../data/prisma';

/** One INSERT, as small as a real activity's write gets (an audit event row). */
export function floorActivities(db: Db) {
  return {
    async writeOneRow(key: string): Promise<void> {
      await db.auditEvent.create({ data: { id: key, key: `bench-floor:${key}`, event: 'BENCH_FLOOR' } });
    },
  };
}

export type FloorActivities = ReturnType<typeof floorActivities>;
