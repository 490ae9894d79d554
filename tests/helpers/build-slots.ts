import net from 'node:net';
import os from 'node:os';

/*
 * Builds are CPU-bound, and the test files that run them run in parallel, each in a Vitest worker
 * process of its own: a limit per process would let every worker start one build per core. So the
 * run's one main process holds the slots, one per core (Vitest's global setup of the fixtures tier,
 * the default export below), and a worker takes one over a socket on 127.0.0.1 before it starts a
 * build or a dev server. A slot is held by an open connection: closing it frees the slot, and so
 * does a worker that ends or crashes mid-build, with no lock file left behind.
 */

/** The port of the run's slot server, for the workers (Vitest starts them with the main process's environment). */
export const buildSlotsPortVariable = 'TEST_BUILD_SLOTS_PORT';

export interface SlotServer {
  port: number;
  close: () => Promise<void>;
}

/** Serves `slots` slots: each connection waits its turn, in the order it came, and holds a slot until it closes. */
export function serveSlots(slots: number): Promise<SlotServer> {
  const waiting: net.Socket[] = [];
  const holders = new Set<net.Socket>();
  const grant = () => {
    while (holders.size < slots && waiting.length > 0) {
      const socket = waiting.shift() as net.Socket;
      holders.add(socket);
      socket.write('1');
    }
  };
  const server = net.createServer((socket) => {
    socket.on('error', () => socket.destroy());
    socket.on('close', () => {
      const queued = waiting.indexOf(socket);
      if (queued !== -1) waiting.splice(queued, 1);
      if (holders.delete(socket)) grant();
    });
    waiting.push(socket);
    grant();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address() as net.AddressInfo;
      resolve({
        port: address.port,
        close: () =>
          new Promise((done) => {
            for (const socket of [...holders, ...waiting]) socket.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}

/** Waits for a slot of the server on `port`; resolves to the function that frees it. */
export function takeSlot(port: number): Promise<() => void> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('data', () => resolve(() => socket.destroy()));
    socket.on('error', reject);
    // Before a slot is granted only: a later close is the release itself.
    socket.once('close', () => reject(new Error(`the build-slot server on port ${port} closed before it granted a slot`)));
  });
}

/** Vitest global setup of the tiers whose files build: one slot per core for the whole run. */
export default async function setup() {
  const server = await serveSlots(os.availableParallelism());
  process.env[buildSlotsPortVariable] = String(server.port);
  return async () => {
    delete process.env[buildSlotsPortVariable];
    await server.close();
  };
}
