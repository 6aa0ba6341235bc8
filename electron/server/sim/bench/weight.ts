// `npm run weight`: the page-weight and installer-weight rows of `npm run bench`, alone and
// in seconds (no load run): a venue server on a free loopback port over a throwaway demo
// festival, every page's first load measured over HTTP, and the installer's production
// node_modules added up. Needs the built pages (the npm script builds them).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '../../log.js';
import { startVenueServer } from '../../venue-server.js';
import { installerWeight, installerWeightRows } from './installer-weight.js';
import { pageWeightReport } from './page-weight.js';
import { packageRoot } from './proc.js';
import { formatTable } from './stats.js';

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'panggung-weight-'));
  const server = await startVenueServer({
    dataDir,
    port: 0,
    host: '127.0.0.1',
    log: createLogger({ quiet: true }),
  });
  try {
    const rows = [
      ...(await pageWeightReport(server.urls.local)),
      ...installerWeightRows(installerWeight(packageRoot)),
    ];
    console.log(formatTable(rows));
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(`weight failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
