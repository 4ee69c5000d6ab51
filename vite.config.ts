import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

// Built app only: the dev server needs an inline React-refresh preamble that this policy would block.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  // https: is here only for the optional online basemap (off by default; the user types its XYZ URL): maplibre
  // fetches raster tiles with fetch() (to read their cache headers), so connect-src is the one directive it needs.
  // public/csp-basemap.js then adds a second policy that narrows it to the one origin of the URL entered.
  "connect-src 'self' data: blob: https:",
  // Our coverage worker and maplibre's (setWorkerUrl in map-controller.ts) are files of this build, never blob: URLs.
  "worker-src 'self'",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'phusong-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' },
      { tag: 'script', attrs: { src: './csp-basemap.js' }, injectTo: 'head-prepend' },
    ],
  };
}

// Cross-origin isolation gives the coverage worker SharedArrayBuffer, so a second worker paints half of every
// full coverage build (src/worker/band-helper.ts). Without these headers the app works the same on one thread.
const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/** A hash of every source file: coverage kept in the browser by another build is not shown (app/engine-build.ts). */
function sourceHash(dir: string): string {
  const root = fileURLToPath(new URL('.', import.meta.url));
  const hash = createHash('sha256');
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(relative(root, path)).update(readFileSync(path));
    }
  };
  walk(dir);
  return hash.digest('hex').slice(0, 16);
}

export default defineConfig(({ command }) => ({
  plugins: [react(), contentSecurityPolicy()],
  define: { __ENGINE_BUILD__: JSON.stringify(command === 'build' ? sourceHash(fileURLToPath(new URL('./src', import.meta.url))) : null) },
  base: './',
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 4000 },
  server: { port: 5173, headers: ISOLATION_HEADERS },
  preview: { port: 4173, headers: ISOLATION_HEADERS },
}));
