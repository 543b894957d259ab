import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { PreviewChart } from '../../components/page-preview';
import { textCells, textWidth } from './pixel-font';
import { crc32, encodePng } from './png';
import { drawPreview, PREVIEW_HEIGHT, PREVIEW_PLOT, PREVIEW_WIDTH } from './preview-image';

const RED = '#c2410c';
const BLUE = '#1d4ed8';
const chart: PreviewChart = {
  headline: 'MTP +69.5% tok/s/GPU at 56 tok/s/user',
  subtitle: 'MI355X FP4 · 8k/1k',
  // x 10..110 tok/s/user; y up to 1000 tok/s/GPU, so the plot's y range is 0..1050.
  series: [
    {
      label: 'MTP',
      color: RED,
      dashed: false,
      points: [
        [10, 1000],
        [110, 1000],
      ],
    },
    {
      label: 'Off',
      color: BLUE,
      dashed: true,
      points: [
        [10, 500],
        [110, 500],
      ],
    },
  ],
  band: { lo: 60, hi: 110 },
  targets: [85],
};

const pixel = (raster: { width: number; rgb: Uint8Array }, x: number, y: number) => {
  const i = (y * raster.width + x) * 3;
  return `#${[...raster.rgb.subarray(i, i + 3)].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
};
// Where a value lands, computed here from the plot area rather than taken from the drawing code.
const px = (x: number) => Math.round(PREVIEW_PLOT.left + ((x - 10) / 100) * (PREVIEW_PLOT.right - PREVIEW_PLOT.left));
const py = (y: number) => Math.round(PREVIEW_PLOT.bottom - (y / 1050) * (PREVIEW_PLOT.bottom - PREVIEW_PLOT.top));

describe('the preview image', () => {
  const raster = drawPreview(chart);

  it('is 1200 × 630', () => {
    expect([raster.width, raster.height, raster.rgb.length]).toEqual([PREVIEW_WIDTH, PREVIEW_HEIGHT, 1200 * 630 * 3]);
  });

  it('draws each curve at its values, in its colour, and the band only over its range', () => {
    expect(pixel(raster, px(30), py(1000))).toBe(RED);
    expect(pixel(raster, px(50), py(1000) + 20)).not.toBe(RED);
    // A dashed line is drawn somewhere along its row, and left out somewhere else.
    const offRow = Array.from({ length: 200 }, (_, i) => pixel(raster, px(20) + i, py(500)));
    expect(offRow).toContain(BLUE);
    expect(offRow.filter((c) => c !== BLUE).length).toBeGreaterThan(0);
    expect(pixel(raster, px(70), py(250))).toBe('#e9eef8');
    expect(pixel(raster, px(40), py(250))).toBe('#ffffff');
  });

  it('is the same picture every time', () => {
    expect(Buffer.from(drawPreview(chart).rgb).equals(Buffer.from(raster.rgb))).toBe(true);
  });
});

describe('the pixel font', () => {
  it('lays glyphs 6 cells apart and draws a known glyph', () => {
    expect(textWidth('AB')).toBe(11);
    // "1": the stem in column 2 of every row but the last, whose bar spans columns 1–3.
    const one = textCells('1');
    expect(one.filter(([, y]) => y === 6).map(([x]) => x)).toEqual([1, 2, 3]);
    expect(one.filter(([x]) => x === 2)).toHaveLength(7);
  });

  it('draws a sign it lacks as a space, never as another sign', () => {
    expect(textCells('€')).toEqual([]);
    expect(textCells('a')).toEqual(textCells('A'));
  });
});

describe('PNG encoding', () => {
  it('CRC-32 of "123456789" is the standard check value CBF43926', () => {
    expect(crc32(new TextEncoder().encode('123456789')).toString(16)).toBe('cbf43926');
  });

  it('writes a PNG whose header and pixels read back', () => {
    const png = encodePng({ width: 2, height: 1, rgb: new Uint8Array([255, 0, 0, 0, 0, 255]) });
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20), png[24], png[25]]).toEqual([2, 1, 8, 2]);
    const idat = png.indexOf('IDAT');
    const length = png.readUInt32BE(idat - 4);
    const rows = inflateSync(png.subarray(idat + 4, idat + 4 + length));
    expect([...rows]).toEqual([0, 255, 0, 0, 0, 0, 255]);
    expect(png.subarray(-8, -4).toString('ascii')).toBe('IEND');
  });
});
