/**
 * Renders deploy/nginx/nginx.conf.template: the shipped server config with a
 * listen address, the served directory and a writable temp directory filled
 * in. Used by `npm run serve`, the tests and the container build, so all three
 * run the same config.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const NGINX_CONF_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../deploy/nginx');

export interface NginxConfValues {
  /** `127.0.0.1:8080`, or a port alone (all addresses). */
  listen: string;
  /** The built app, e.g. an absolute path to dist/. */
  root: string;
  /** Writable directory for the pid file and temp files. */
  temp: string;
  /** Directory holding migratiekaart-http.conf and migratiekaart-server.conf. */
  conf?: string;
}

/** nginx takes a path up to the next space or semicolon: refuse ones that would cut it short. */
function checkPath(name: string, value: string): string {
  if (/[\s;{}'"$]/.test(value))
    throw new Error(`nginx conf: ${name} must not contain spaces, quotes, ; { } or $: ${value}`);
  return value;
}

export function renderNginxConf(values: NginxConfValues): string {
  const template = readFileSync(resolve(NGINX_CONF_DIR, 'nginx.conf.template'), 'utf8');
  const fill: Record<string, string> = {
    LISTEN: checkPath('listen', values.listen),
    ROOT: checkPath('root', resolve(values.root)),
    TEMP: checkPath('temp', resolve(values.temp)),
    CONF: checkPath('conf', resolve(values.conf ?? NGINX_CONF_DIR)),
  };
  return template.replace(/@([A-Z]+)@/g, (whole, key: string) => {
    const value = fill[key];
    if (value === undefined) throw new Error(`nginx conf: unknown placeholder ${whole}`);
    return value;
  });
}

// Container build: `node --experimental-strip-types`-free CLI through tsx:
//   tsx scripts/serve/nginxConf.ts <listen> <root> <temp> <conf> > nginx.conf
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [listen, root, temp, conf] = process.argv.slice(2);
  if (!listen || !root || !temp) {
    console.error('usage: tsx scripts/serve/nginxConf.ts <listen> <root> <temp> [conf-dir]');
    process.exit(2);
  }
  process.stdout.write(renderNginxConf({ listen, root, temp, conf }));
}
