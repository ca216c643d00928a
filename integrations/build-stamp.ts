/**
 * Records the fingerprint of a build's inputs when the build finishes, so that `npm start` can serve
 * dist/ straight away when nothing has changed since (scripts/start.mjs). The fingerprint is taken when
 * the build starts: a file edited during the build makes the next `npm start` build again.
 */
import type { AstroIntegration } from 'astro';
import { buildInputsFingerprint, recordBuildFingerprint } from '../scripts/build-inputs.mjs';

export default function buildStamp(): AstroIntegration {
  let fingerprint: string | null = null;
  return {
    name: 'lead-professional:build-stamp',
    hooks: {
      'astro:build:start': () => {
        fingerprint = buildInputsFingerprint();
      },
      'astro:build:done': () => {
        if (fingerprint) recordBuildFingerprint(fingerprint);
      },
    },
  };
}
