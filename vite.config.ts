import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

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

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  base: './',
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 4000 },
  server: { port: 5173, headers: ISOLATION_HEADERS },
  preview: { port: 4173, headers: ISOLATION_HEADERS },
});
