/**
 * What makes the training installable as a web app on a phone: its web manifest (start and scope
 * /training), two icons drawn here (no image files to ship), and a minimal service worker that
 * controls the training pages only: pages come from the network, with the last training page as the
 * offline fallback; the app's hashed assets are kept once fetched.
 */
import { crc32, deflateSync } from 'node:zlib';

/** Outside /api: files of the web app, not records (served without a session, like the app itself). */
export const APP_BASE = '/training-app';
export const TRAINING_SCOPE = '/training';

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** A square RGB PNG: the Vigil blue with a white ring and dot (a target: training). */
function icon(size: number): Buffer {
  const raw = Buffer.alloc(size * (1 + size * 3));
  const c = size / 2;
  for (let y = 0; y < size; y++) {
    const row = y * (1 + size * 3);
    raw[row] = 0;
    for (let x = 0; x < size; x++) {
      const d = Math.hypot(x + 0.5 - c, y + 0.5 - c) / size;
      const white = (d > 0.22 && d < 0.3) || d < 0.09;
      const o = row + 1 + x * 3;
      raw[o] = white ? 255 : 28;
      raw[o + 1] = white ? 255 : 75;
      raw[o + 2] = white ? 255 : 130;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const icons = new Map<number, Buffer>();
export function iconPng(size: 192 | 512): Buffer {
  if (!icons.has(size)) icons.set(size, icon(size));
  return icons.get(size)!;
}

export function manifest() {
  return {
    name: 'Vigil — cultural-competency training',
    short_name: 'Vigil training',
    description: 'Short scenarios for police officers, in English, Dutch and French.',
    start_url: TRAINING_SCOPE,
    scope: TRAINING_SCOPE,
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1c4b82',
    icons: [192, 512].map((s) => ({ src: `${APP_BASE}/icon-${s}.png`, sizes: `${s}x${s}`, type: 'image/png', purpose: 'any' })),
  };
}

export const SERVICE_WORKER = `// Vigil training: a minimal service worker for the training pages only (scope ${TRAINING_SCOPE}).
const CACHE = 'vigil-training-v1';
self.addEventListener('install', (e) => {
  e.waitUntil(caches.open(CACHE).then((c) => c.add('${TRAINING_SCOPE}')).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (e) => e.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (e) => {
  const r = e.request;
  if (r.method !== 'GET') return;
  const url = new URL(r.url);
  if (url.origin !== self.location.origin) return;
  if (r.mode === 'navigate') {
    e.respondWith(fetch(r).then((res) => {
      if (res.ok) { const copy = res.clone(); caches.open(CACHE).then((c) => c.put('${TRAINING_SCOPE}', copy)); }
      return res;
    }).catch(() => caches.match('${TRAINING_SCOPE}')));
    return;
  }
  // The app's assets have hashed names: once fetched they never change.
  if (url.pathname.startsWith('/assets/')) {
    e.respondWith(caches.match(r).then((hit) => hit || fetch(r).then((res) => {
      if (res.ok) { const copy = res.clone(); caches.open(CACHE).then((c) => c.put(r, copy)); }
      return res;
    })));
  }
  // Everything else (the API) goes to the network as always, never cached.
});
`;
