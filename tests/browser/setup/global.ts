/**
 * Browser tests run against the built site (dist/), served on 127.0.0.1 by a tiny static
 * server, with Debian's Chromium driven by playwright-core.
 */
import type { TestProject } from 'vitest/node';
import { existsSync } from 'node:fs';
import { startStaticServer } from '../support/server.ts';

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first (npm test does this for you).');
  const server = await startStaticServer('dist');
  project.provide('baseUrl', server.url);
  return async () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
