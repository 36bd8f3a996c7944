import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../../../scripts/embedded-db';
import { freePort } from '../../support/ports';

// Its own instance, separate from 'dev' and 'test'; its data directory is kept between runs
// (that persistence is what this file checks), the table is re-created each run.
const NAME = 'provisioning-test';

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

describe('embedded PostgreSQL', () => {
  let db: EmbeddedPostgresHandle | undefined;

  afterEach(async () => {
    await db?.stop();
    db = undefined;
  });

  it('starts, answers, and keeps its data across a stop and a restart', async () => {
    const token = `run-${Date.now()}`;

    db = await startEmbeddedPostgres({ name: NAME, port: await freePort(), quiet: true });
    expect(db.url).toMatch(/^postgresql:\/\/.+@127\.0\.0\.1:\d+\/behorighet$/);
    expect(path.isAbsolute(db.databaseDir)).toBe(true);
    expect(path.basename(db.databaseDir)).toBe(`pg-${NAME}`);

    const [{ version }] = await query<{ version: string }>(db.url, 'select version()');
    expect(version).toMatch(/^PostgreSQL 18\./);
    const [{ encoding }] = await query<{ encoding: string }>(db.url, 'select pg_encoding_to_char(encoding) as encoding from pg_database where datname = current_database()');
    expect(encoding).toBe('UTF8');

    await query(db.url, 'drop table if exists provisioning_probe');
    await query(db.url, 'create table provisioning_probe (token text not null)');
    await query(db.url, 'insert into provisioning_probe (token) values ($1)', [token]);
    await db.stop();
    await db.stop(); // a second stop is harmless

    // Another port on purpose: the data belongs to the directory, not to the port.
    db = await startEmbeddedPostgres({ name: NAME, port: await freePort(), quiet: true });
    const rows = await query<{ token: string }>(db.url, 'select token from provisioning_probe');
    expect(rows).toEqual([{ token }]);
  });

  it('says clearly that the instance is already running', async () => {
    db = await startEmbeddedPostgres({ name: NAME, port: await freePort(), quiet: true });
    await expect(startEmbeddedPostgres({ name: NAME, port: await freePort(), quiet: true })).rejects.toThrow(
      /embedded PostgreSQL 'provisioning-test' is already running \(pid \d+, port \d+/,
    );
  });

  it('says clearly that the port is taken by another program', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as net.AddressInfo;
    try {
      await expect(startEmbeddedPostgres({ name: NAME, port, quiet: true })).rejects.toThrow(
        new RegExp(`Port ${port} on 127\\.0\\.0\\.1 is already in use by another program`),
      );
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});
