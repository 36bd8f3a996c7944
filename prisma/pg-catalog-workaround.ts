import pg from 'pg';

/**
 * Workaround for prisma/orm#27403 (https://github.com/prisma/prisma/issues/27403):
 * with @prisma/adapter-pg 6.19, `prisma migrate deploy` on the JS schema engine fails with
 * "Column type 'name' could not be deserialized", because it reads pg_catalog columns whose
 * types (`name`, `"char"`, `oidvector`, …) the adapter cannot map. We relabel those type OIDs
 * as `text` (and their arrays as `text[]`) before rows are parsed and before the adapter sees
 * the field types. Used by the Prisma CLI only (prisma.config.ts); the application's own
 * queries never read catalog columns.
 */
const TEXT = 25;
const TEXT_ARRAY = 1009;
const CATALOG_SCALARS = [18, 19, 22, 24, 28, 30, 194, 1033, 2205, 2206];
const CATALOG_ARRAYS = [1002, 1003, 1006, 1008, 1011, 1013, 1034, 2210, 2211];

const relabel = new Map<number, number>([
  ...CATALOG_SCALARS.map((oid) => [oid, TEXT] as [number, number]),
  ...CATALOG_ARRAYS.map((oid) => [oid, TEXT_ARRAY] as [number, number]),
]);

type TypeSource = { getTypeParser: (oid: number, format?: any) => unknown };

function relabelTypes(types: TypeSource | undefined): TypeSource {
  const source = types ?? pg.types;
  return { getTypeParser: (oid, format) => source.getTypeParser(relabel.get(oid) ?? oid, format) };
}

function relabelFields(result: unknown): void {
  const results = Array.isArray(result) ? result : [result];
  for (const r of results as Array<{ fields?: Array<{ dataTypeID: number }> }>) {
    for (const field of r?.fields ?? []) field.dataTypeID = relabel.get(field.dataTypeID) ?? field.dataTypeID;
  }
}

/** A pg.Client whose results never carry the catalog types the adapter cannot decode. */
export class CatalogTolerantClient extends pg.Client {
  // pg's overloads are many. pg.Pool calls query(config, values, callback); the adapter's
  // transactions call query(config, values) and await the promise. Both are covered.
  query(config: any, values?: any, callback?: any): any {
    const patched = typeof config === 'object' && config !== null ? { ...config, types: relabelTypes(config.types) } : config;
    if (typeof values === 'function') [values, callback] = [undefined, values];
    if (typeof callback === 'function') {
      return super.query(patched, values, (err: Error, result: unknown) => {
        if (!err) relabelFields(result);
        callback(err, result);
      });
    }
    return (super.query(patched, values) as Promise<unknown>).then((result) => {
      relabelFields(result);
      return result;
    });
  }
}
