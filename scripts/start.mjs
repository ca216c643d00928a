// `npm start`: builds the site unless dist/ already holds a build of exactly these files, then serves it.
import { distIsCurrent } from './build-inputs.mjs';
import { astro } from './astro.mjs';

if (distIsCurrent()) {
  console.log('dist/ already holds a build of these files: serving it (`npm run build` rebuilds).');
} else {
  const built = astro(['build']);
  if (built !== 0) process.exit(built);
}
process.exit(astro(['preview', '--host', '127.0.0.1', '--port', '4321']));
