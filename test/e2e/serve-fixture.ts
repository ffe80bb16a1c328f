/**
 * Serves the app on the fixture city (fixture-city.ts) for browser tests when `carecircle demo` is not available:
 * `node --import tsx test/e2e/serve-fixture.ts --port P --database-url URL` (an empty database) or `--data DIR`.
 */
import { startServer } from '../../src/cli/serve.ts';
import { seedFixtureCity } from './fixture-city.ts';

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

await startServer({
  port: Number(flag('port') ?? 8080),
  host: '127.0.0.1',
  dataDir: flag('data'),
  databaseUrl: flag('database-url'),
  beforeListen: async (db) => {
    const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM facilities');
    if (!row || row.n === 0) await seedFixtureCity(db);
  },
});
