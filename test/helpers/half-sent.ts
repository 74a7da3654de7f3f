/**
 * A subject create whose body is only half sent (admission tests): it holds its place of admission until
 * `finish` sends the rest. `answered` resolves to the status (-1 when the connection failed).
 */
import { request, type ClientRequest } from 'node:http';
import type { Client } from './server.ts';

export function halfSentCreate(serverUrl: string, c: Client, name: string): { req: ClientRequest; finish: () => void; answered: Promise<number> } {
  const body = JSON.stringify({
    kind: 'person', names: [name], birthDate: '1981-02-03', nationalities: ['BE'], category: 'PVE',
    markings: { classification: 'restricted', tlp: 'amber', distribution: 'all', legalBasis: 'test', purpose: 'test', reviewDate: '2030-01-01' },
  });
  const url = new URL(serverUrl);
  let answered!: (n: number) => void;
  const done = new Promise<number>((r) => (answered = r));
  const req = request({
    host: url.hostname, port: url.port, path: '/api/subjects', method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), cookie: c.cookie, 'x-csrf-token': c.csrf },
  }, (res) => {
    res.resume();
    res.on('end', () => answered(res.statusCode ?? 0));
  });
  req.on('error', () => answered(-1));
  req.write(body.slice(0, 10));
  return { req, finish: () => req.end(body.slice(10)), answered: done };
}
