/**
 * `npm run serve`: serves the build (dist/, or DIST_DIR) with nginx and the
 * shipped config on http://127.0.0.1:8080 (or $PORT) until Ctrl-C. The npm
 * script builds first and makes sure nginx is installed (scripts/ensure-nginx.mjs).
 */
import { resolve } from 'node:path';
import { startNginx } from './nginx';

const root = resolve(process.env.DIST_DIR || 'dist');
const port = Number(process.env.PORT || 8080);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`serve: PORT must be a port number, not ${process.env.PORT}`);
  process.exit(2);
}

startNginx({ root, port }).then(
  (server) => {
    console.log(`serve: ${root} with nginx (deploy/nginx) at ${server.url}  (Ctrl-C stops)`);
    const stop = () => void server.stop().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  },
  (e: Error) => {
    console.error(`serve: ${e.message}`);
    process.exit(1);
  },
);
