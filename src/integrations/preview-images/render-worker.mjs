// @ts-check
/*
 * A worker thread that draws preview images: satori lays the card out as SVG with the font
 * subsets it is given, resvg rasterises it to PNG without any system font. One worker per core
 * (see render-pool.mjs); each keeps the font files it has read.
 */
import fs from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

/** @type {Map<string, Buffer>} */
const fontFiles = new Map();
const readFont = (/** @type {string} */ file) => {
  let data = fontFiles.get(file);
  if (data === undefined) {
    data = fs.readFileSync(file);
    fontFiles.set(file, data);
  }
  return data;
};

/**
 * @param {{ tree: any, width: number, height: number, fonts: { name: string, file: string, weight: number }[] }} job
 */
async function render({ tree, width, height, fonts }) {
  const svg = await satori(tree, {
    width,
    height,
    fonts: fonts.map(({ name, file, weight }) => ({ name, data: readFont(file), weight: /** @type {700} */ (weight), style: 'normal' })),
  });
  return new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } }).render().asPng();
}

parentPort?.on('message', (/** @type {{ id: number, job: any }} */ { id, job }) => {
  render(job).then(
    (png) => parentPort?.postMessage({ id, png }),
    (/** @type {Error} */ error) => parentPort?.postMessage({ id, error: error.stack ?? String(error) }),
  );
});
