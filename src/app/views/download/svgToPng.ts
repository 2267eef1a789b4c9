/**
 * "View as PNG": the snapshot SVG rasterised in the page. The SVG text becomes a data: URL (the site's CSP
 * allows data: images and no blob: ones, and keeping it so needs no change), is decoded by an <img>, drawn on a
 * canvas at `scale` device pixels per CSS pixel, and read back with toBlob. An SVG image with no external
 * references does not taint the canvas, so toBlob is allowed.
 */

/** Largest canvas side Chromium and Firefox draw reliably; a taller snapshot is drawn at a smaller scale. */
const MAX_SIDE = 16_384;

export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const image = new Image();
  image.decoding = 'async';
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await image.decode();
  const s = Math.min(scale, MAX_SIDE / width, MAX_SIDE / height);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * s);
  canvas.height = Math.round(height * s);
  const ctx = canvas.getContext('2d');
  if (ctx === null) throw new Error('This browser gives no 2D canvas to draw the PNG on.');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob === null ? reject(new Error('The PNG could not be encoded.')) : resolve(blob)),
      'image/png',
    ),
  );
}
