// Where the end-to-end run keeps its server data and caught mail, known to the
// config (which starts the servers) and to the tests (which read mail and run the
// CLI against the same database).
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const port = Number(process.env.E2E_PORT ?? 3107);
export const smtpPort = port + 1000;
export const dataDir = join(tmpdir(), `jobforge-e2e-${port}`);
export const mailDir = join(tmpdir(), `jobforge-e2e-mail-${port}`);
export const bin = resolve(__dirname, '../..', process.env.E2E_SERVER_BIN ?? 'target/debug/jobforge');
