// Runs the Astro CLI with telemetry off, the same way on Linux, macOS and Windows
// (a `VAR=1 command` prefix in package.json does not work in Windows' cmd.exe).
// `node scripts/astro.mjs build` runs `astro build`; scripts/start.mjs imports `astro()`.
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

/** Runs `astro <args>` with the project's Node and returns its exit code. */
export function astro(args) {
  const result = spawnSync('astro', args, {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    shell: process.platform === 'win32',
  });
  return result.status ?? 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exit(astro(process.argv.slice(2)));
