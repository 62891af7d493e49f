/** PNG files the app exports, and screenshots: their size and what they show. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOT_DIR } from './paths';

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Width and height from a PNG's IHDR chunk (bytes 16-23), after checking the signature. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((b, i) => bytes[i] === b)) throw new Error('not a PNG (bad signature)');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') throw new Error('PNG without IHDR first');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** What a slide-sized picture shows, measured at 1920x1080 (larger pictures are scaled down first). */
export interface SlideStats {
  width: number;
  height: number;
  /** Distinct RGBA colours over the whole picture. */
  colours: number;
  /** Distinct colours in the map area (y 120..996). */
  mapColours: number;
  /** Pixels in the map area with alpha below 255. */
  mapTransparent: number;
  /** Share of title-band pixels (top 120 px) that are the accent blue #01689b (±6 per channel). */
  titleAccent: number;
  /** Share of title-band pixels that are near-white (text). */
  titleWhite: number;
  /** Share of footer pixels (bottom 84 px) that are white. */
  footerWhite: number;
  /** Share of footer pixels that are dark (luma < 110: text). */
  footerDark: number;
}

/** Decodes a PNG in the page (createImageBitmap -> canvas) and measures it. */
export async function slideStats(page: Page, png: Uint8Array): Promise<SlideStats> {
  return page.evaluate(async (b64) => {
    const bin = atob(b64);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const W = 1920;
    const H = 1080;
    const canvas = document.createElement('canvas');
    canvas.width = W;
    canvas.height = H;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(bitmap, 0, 0, W, H);
    const { data } = ctx.getImageData(0, 0, W, H);
    const all = new Set<number>();
    const map = new Set<number>();
    let mapTransparent = 0;
    let titleAccent = 0;
    let titleWhite = 0;
    let footerWhite = 0;
    let footerDark = 0;
    for (let y = 0; y < H; y++) {
      for (let x = 0; x < W; x++) {
        const i = (y * W + x) * 4;
        const r = data[i]!;
        const g = data[i + 1]!;
        const b = data[i + 2]!;
        const a = data[i + 3]!;
        const key = ((r << 24) | (g << 16) | (b << 8) | a) >>> 0;
        all.add(key);
        if (y < 120) {
          if (Math.abs(r - 0x01) <= 6 && Math.abs(g - 0x68) <= 6 && Math.abs(b - 0x9b) <= 6) titleAccent++;
          else if (r > 230 && g > 230 && b > 230) titleWhite++;
        } else if (y < H - 84) {
          map.add(key);
          if (a < 255) mapTransparent++;
        } else {
          if (r === 255 && g === 255 && b === 255) footerWhite++;
          else if (0.299 * r + 0.587 * g + 0.114 * b < 110) footerDark++;
        }
      }
    }
    return {
      width: bitmap.width,
      height: bitmap.height,
      colours: all.size,
      mapColours: map.size,
      mapTransparent,
      titleAccent: titleAccent / (W * 120),
      titleWhite: titleWhite / (W * 120),
      footerWhite: footerWhite / (W * 84),
      footerDark: footerDark / (W * 84),
    };
  }, Buffer.from(png).toString('base64'));
}
