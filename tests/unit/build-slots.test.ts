import net from 'node:net';
import { afterEach, expect, test } from 'vitest';
import { serveSlots, takeSlot, type SlotServer } from '../helpers/build-slots.ts';

/** The build slots that bound fixture builds across test processes (tests/helpers/build-slots.ts). */
let server: SlotServer | undefined;
afterEach(async () => server?.close());

/** Whether `promise` has settled once pending socket events have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  const settle = () => (done = true);
  void promise.then(settle, settle);
  for (let turn = 0; turn < 20; turn++) await new Promise((resolve) => setTimeout(resolve, 10));
  return done;
}

test('a slot beyond the limit waits until a holder frees one, in the order asked', async () => {
  server = await serveSlots(2);
  const first = await takeSlot(server.port);
  await takeSlot(server.port);
  const third = takeSlot(server.port);
  const fourth = takeSlot(server.port);
  expect(await settled(third)).toBe(false);
  first();
  const releaseThird = await third;
  expect(await settled(fourth)).toBe(false);
  releaseThird();
  expect(await settled(fourth)).toBe(true);
});

test('a holder whose process ends frees its slot, and a waiter leaving the queue takes none', async () => {
  server = await serveSlots(1);
  const { port } = server;
  // A worker that crashes mid-build: its connection closes without a release.
  const crashed = net.connect(port, '127.0.0.1');
  await new Promise((resolve) => crashed.once('data', resolve));
  const gone = net.connect(port, '127.0.0.1');
  const next = takeSlot(port);
  expect(await settled(next)).toBe(false);
  gone.destroy();
  crashed.destroy();
  expect(await settled(next)).toBe(true);
});

test('a server that closes fails the wait instead of leaving it hanging', async () => {
  server = await serveSlots(1);
  await takeSlot(server.port);
  const waiter = takeSlot(server.port);
  expect(await settled(waiter)).toBe(false);
  await server.close();
  await expect(waiter).rejects.toThrow(`the build-slot server on port ${server.port} closed before it granted a slot`);
});
