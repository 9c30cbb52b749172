// `newsgraph serve [DIR] [--port N]`: serves the built viewer on localhost (loopback only).

import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

import { NewsgraphError } from '../../errors';
import { parseArgs } from '../args';
import type { Io } from '../io';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.nt': 'application/n-triples',
  '.nq': 'application/n-quads',
  '.ttl': 'text/turtle',
};

export async function runServe(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv, { value: ['port'], boolean: [] });
  const dir = path.resolve(args.positional[0] ?? 'output');
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    throw new NewsgraphError('E_INPUT_NOT_FOUND', `serve: no index.html in "${dir}". Run "newsgraph build --out ${args.positional[0] ?? 'output'}" first.`, dir);
  }
  const port = Number(args.flags.port ?? 8080);
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent((req.url ?? '/').split('?')[0]);
    const file = path.join(dir, url === '/' ? 'index.html' : url);
    if (!file.startsWith(dir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve, reject) => server.listen(port, '127.0.0.1', resolve).on('error', reject));
  io.out(`newsgraph: serving ${dir} at http://127.0.0.1:${port}/ (Ctrl-C to stop)`);
  await new Promise<void>((resolve) => process.on('SIGINT', () => server.close(() => resolve())));
  return 0;
}
