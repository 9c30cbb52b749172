// Shared by the command-line tests; never a test itself.

import fs from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import path from 'node:path';

import { main } from '../../src/cli';
import type { Io } from '../../src/cli/io';
import { buildSeeds, writeTemp } from '../export/_rdf';

/** Runs the CLI in process and captures what it prints. */
export async function runCli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l), errRaw: (t) => err.push(t), isTTY: false };
  const code = await main(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A loopback port with nothing listening on it (free for a server, refused for a client). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The seeds built into a temporary folder for the tests of a describe block (removed after them). */
export function seedsOnDisk(): { dir: string; data: string } {
  const seeds = { dir: '', data: '' };
  beforeAll(async () => {
    seeds.dir = writeTemp((await buildSeeds()).files);
    seeds.data = path.join(seeds.dir, 'graph.nq');
  });
  afterAll(() => seeds.dir && fs.rmSync(seeds.dir, { recursive: true, force: true }));
  return seeds;
}
