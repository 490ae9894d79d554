// @ts-check
/*
 * The built site served from a worker thread, with the headers of its own _headers file, compressed,
 * for the Lighthouse benchmark. A thread of its own, because Lighthouse computes for seconds on the
 * main thread: a server there answers late, and Lighthouse takes the delay for the server's
 * response time, which it adds to every simulated request.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { siteHeaders } from '../tests/helpers/site-headers.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';

const { siteDir, prefix } = /** @type {{ siteDir: string, prefix: string }} */ (workerData);
const server = await serveStatic(siteDir, siteHeaders(siteDir), { prefix, compress: true });
parentPort?.postMessage(server.url);
parentPort?.on('message', () => void server.close().then(() => process.exit(0)));
