import { interactivityX } from '../engine-x.ts';
import type { SidePoint } from '../types.ts';

/**
 * Test fixture modelled on the published MI355X FP4 "MTP vs Off" page (DeepSeek-V4-Pro,
 * 8k/1k). The knots at 21 / 39 / 58 tok/s/user carry the page's published tok/s/GPU
 * (MTP 2232.0 / 1636.2 / 1155.4, Off 4342.7 / 1330.3 / 554.9), so the curves pass through
 * them exactly. The end knots (≈3 and ≈76 tok/s/user) are INVENTED so that the shared band
 * reads "3–76 tok/s/user" like the page; they are not measurements.
 * Output/input split is a fixed 1:8 (8k input, 1k output); concurrency is invented.
 */
function knot(id: string, tokPerSecPerUser: number, tokPerSecPerGpu: number, concurrency: number): SidePoint {
  return {
    id,
    x: interactivityX(tokPerSecPerUser),
    tokPerSecPerGpu,
    outputTokPerSecPerGpu: tokPerSecPerGpu / 9,
    inputTokPerSecPerGpu: (tokPerSecPerGpu * 8) / 9,
    concurrency,
  };
}

export const PAGE_MTP: SidePoint[] = [
  knot('mtp-256', 2.98, 3900.0, 256),
  knot('mtp-64', 21, 2232.0, 64),
  knot('mtp-32', 39, 1636.2, 32),
  knot('mtp-16', 58, 1155.4, 16),
  knot('mtp-4', 76.3, 760.0, 4),
];

export const PAGE_OFF: SidePoint[] = [
  knot('off-512', 2.9, 9800.0, 512),
  knot('off-128', 21, 4342.7, 128),
  knot('off-32', 39, 1330.3, 32),
  knot('off-8', 58, 554.9, 8),
  knot('off-2', 77.5, 210.0, 2),
];

/** MI355X assumptions of the page: $1.48 per GPU-hour, 2.65 kW all-in per GPU (both sides). */
export const MI355X = { usdPerGpuHourA: 1.48, usdPerGpuHourB: 1.48, kwPerGpuA: 2.65, kwPerGpuB: 2.65 };
