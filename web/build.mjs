// Builds the page into dist/: one bundled script, one stylesheet, the page and the offline basemap.
// Same sources give the same bytes (no timestamps, no hashes of the build machine).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';

const out = 'dist';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await build({
  entryPoints: ['src/main.js'],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  outfile: `${out}/app.js`,
  legalComments: 'none',
  logLevel: 'warning',
});
await build({
  entryPoints: ['src/app.css'],
  bundle: true,
  minify: true,
  outfile: `${out}/app.css`,
  loader: { '.png': 'dataurl' },
  logLevel: 'warning',
});
copyFileSync('src/index.html', `${out}/index.html`);
// Natural Earth 1:110m countries (world-atlas): the basemap is drawn from this file, no tile server exists.
copyFileSync('node_modules/world-atlas/countries-110m.json', `${out}/countries.json`);
