import pg from 'pg';

/**
 * Creates (or re-creates) an empty database `name` on the server `serverUrl` points at, and
 * returns its URL. Tests never touch the database DATABASE_URL names itself.
 */
export async function recreateDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
