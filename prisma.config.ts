import path from 'node:path';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { defineConfig } from 'prisma/config';
import { CatalogTolerantClient } from './prisma/pg-catalog-workaround';

// Prisma 6.19 with the JS schema engine: no native engine is downloaded (this machine has no
// internet). The CLI calls `adapter` more than once per command, so the factory is memoised.
let adapter: PrismaPg | undefined;

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  // allowExitOnIdle: otherwise pg's idle pool keeps every CLI command alive for 10 s.
  async adapter() {
    if (!adapter) {
      const connectionString = process.env.DATABASE_URL;
      if (!connectionString) throw new Error('DATABASE_URL must be set for the Prisma CLI');
      adapter = new PrismaPg(new pg.Pool({ connectionString, allowExitOnIdle: true, Client: CatalogTolerantClient as typeof pg.Client }));
    }
    return adapter;
  },
});
