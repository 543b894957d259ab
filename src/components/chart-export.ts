/**
 * A chart as an image file: the live chart's own SVG, cloned with the styles the page's CSS
 * gives it written onto each element, inside a frame that adds the title, the legend, what
 * the marks mean, the data source and the page's address. Nothing is re-drawn, so the file
 * shows exactly what the page draws.
 */
import { wrapText } from './wrap-text';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** One legend entry: a line (dashed or not) and, optionally, the series' marker. */
export interface ExportLegendItem {
  label: string;
  color: string;
  dash?: string;
  /** SVG path data of the marker centred on (0, 0). */
  marker?: string;
  hollow?: boolean;
}

/** What the image says around the chart. */
export interface ChartImageText {
  title: string;
  subtitle?: string;
  legend: readonly ExportLegendItem[];
  /** What the marks mean (the page's legend line). */
  notes?: string;
  /** Where the numbers come from, e.g. "Data: SemiAnalysis InferenceX … · cost: …". */
  source: string;
  /** The page's address: the link that reproduces this view. */
  url: string;
}

/** Colours and font of the page the chart sits on (the image keeps its theme). */
export interface ChartImageTheme {
  background: string;
  text: string;
  fontFamily: string;
}

export interface ChartImage {
  svg: string;
  width: number;
  height: number;
}

/**
 * CSS properties that decide how an SVG element looks and that the page may set from its
 * stylesheet rather than as attributes; written inline so the file looks the same alone.
 */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

/** Attributes that only make sense on the page (focus, events, test hooks). */
const PAGE_ONLY_ATTRIBUTES = ['tabindex', 'focusable', 'data-testid', 'data-points'];

const PAD = 16;
const TITLE_PX = 20;
const TEXT_PX = 13;
const SMALL_PX = 12;
const LINE_GAP = 1.4;
const SWATCH_PX = 30;

/** Estimated width in px of one line of text (see `wrapText`). */
function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.56;
}

function element(doc: Document, name: string, attributes: Record<string, string | number>): SVGElement {
  const el = doc.createElementNS(SVG_NS, name) as SVGElement;
  for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, String(value));
  return el;
}

/** Properties an element does not inherit: compared with their initial value, not the parent's. */
const NOT_INHERITED: Record<string, string> = { opacity: '1' };

/**
 * Writes onto each element of `clone` the computed styles of the element it was cloned from
 * (`source`, same tree shape): on the root all of them, below it those that differ from the
 * parent's (the copy inherits the rest as the page does). Properties the browser leaves empty
 * are left as they are, and so are page-only attributes removed.
 */
export function inlineComputedStyles(source: Element, clone: Element): void {
  const view = source.ownerDocument.defaultView;
  if (!view) return;
  const sources = [source, ...source.querySelectorAll('*')];
  const clones = [clone, ...clone.querySelectorAll('*')];
  const computedOf = new Map<Element, CSSStyleDeclaration>();
  sources.forEach((from, i) => {
    const to = clones[i];
    if (!to) return;
    const computed = view.getComputedStyle(from);
    computedOf.set(from, computed);
    for (const attribute of PAGE_ONLY_ATTRIBUTES) to.removeAttribute(attribute);
    if (computed.display === 'none') {
      to.setAttribute('display', 'none');
      return;
    }
    const parent = i === 0 ? undefined : computedOf.get(from.parentElement!);
    const inline: string[] = [];
    for (const property of STYLE_PROPERTIES) {
      const value = computed.getPropertyValue(property);
      const around = NOT_INHERITED[property] ?? parent?.getPropertyValue(property);
      if (value && value !== around) inline.push(`${property}:${value}`);
    }
    if (inline.length === 0) return;
    // After the element's own inline style, so the computed values (which include it) win.
    const own = to.getAttribute('style');
    to.setAttribute('style', [own, ...inline].filter(Boolean).join(';'));
  });
}

/** The chart's drawn size: its width and height attributes, else its laid-out box. */
function chartSize(chart: SVGSVGElement): { width: number; height: number } {
  const width = Number(chart.getAttribute('width'));
  const height = Number(chart.getAttribute('height'));
  if (width > 0 && height > 0) return { width, height };
  const box = chart.getBoundingClientRect();
  return { width: box.width, height: box.height };
}

/** Text lines stacked from `y`, each its own `<text>`; returns the y below the last line. */
function addLines(
  doc: Document,
  group: SVGElement,
  lines: readonly string[],
  y: number,
  style: { size: number; fill: string; weight?: string; className: string; opacity?: number },
): number {
  let at = y;
  for (const line of lines) {
    at += style.size;
    const text = element(doc, 'text', {
      x: PAD,
      y: at,
      'font-size': style.size,
      fill: style.fill,
      class: style.className,
      ...(style.weight ? { 'font-weight': style.weight } : {}),
      ...(style.opacity !== undefined ? { 'fill-opacity': style.opacity } : {}),
    });
    text.textContent = line;
    group.append(text);
    at += style.size * (LINE_GAP - 1);
  }
  return at;
}

/** Legend entries flowed left to right in rows; returns the y below the last row. */
function addLegend(
  doc: Document,
  group: SVGElement,
  items: readonly ExportLegendItem[],
  y: number,
  width: number,
  text: string,
): number {
  const rowHeight = SMALL_PX * 1.8;
  let x = PAD;
  let top = y;
  for (const item of items) {
    const itemWidth = SWATCH_PX + 6 + textWidth(item.label, SMALL_PX) + 18;
    if (x > PAD && x + itemWidth > width - PAD) {
      x = PAD;
      top += rowHeight;
    }
    const mid = top + rowHeight / 2;
    const entry = element(doc, 'g', { class: 'export-legend-item' });
    entry.append(
      element(doc, 'line', {
        x1: x,
        y1: mid,
        x2: x + SWATCH_PX,
        y2: mid,
        stroke: item.color,
        'stroke-width': 2,
        ...(item.dash ? { 'stroke-dasharray': item.dash } : {}),
      }),
    );
    if (item.marker) {
      entry.append(
        element(doc, 'path', {
          d: item.marker,
          transform: `translate(${x + SWATCH_PX / 2} ${mid})`,
          ...(item.hollow
            ? { fill: 'none', stroke: item.color, 'stroke-width': 1.75 }
            : { fill: item.color, stroke: 'none' }),
        }),
      );
    }
    const label = element(doc, 'text', {
      x: x + SWATCH_PX + 6,
      y: mid + SMALL_PX * 0.35,
      'font-size': SMALL_PX,
      fill: text,
    });
    label.textContent = item.label;
    entry.append(label);
    group.append(entry);
    x += itemWidth;
  }
  return items.length > 0 ? top + rowHeight : y;
}

/**
 * The image of `chart` (a live chart's root `<svg>`, left untouched) with `text` around it:
 * title and subtitle above; legend, notes, source and address below; the page's background.
 * Returns the SVG document as text and its size in px.
 */
export function buildChartSvg(chart: SVGSVGElement, text: ChartImageText, theme: ChartImageTheme): ChartImage {
  const doc = chart.ownerDocument;
  const size = chartSize(chart);
  const width = Math.max(size.width + 2 * PAD, 480);
  const inner = width - 2 * PAD;
  const root = element(doc, 'svg', {
    width,
    height: 0,
    'font-family': theme.fontFamily,
    class: 'isoline-chart-export',
  });
  const background = element(doc, 'rect', { x: 0, y: 0, width, height: 0, fill: theme.background });
  root.append(background);

  const header = element(doc, 'g', { class: 'export-header' });
  let y = PAD / 2;
  y = addLines(doc, header, wrapText(text.title, inner, TITLE_PX), y, {
    size: TITLE_PX,
    fill: theme.text,
    weight: '600',
    className: 'export-title',
  });
  if (text.subtitle) {
    y = addLines(doc, header, wrapText(text.subtitle, inner, TEXT_PX), y, {
      size: TEXT_PX,
      fill: theme.text,
      className: 'export-subtitle',
      opacity: 0.8,
    });
  }
  root.append(header);

  const clone = chart.cloneNode(true) as SVGSVGElement;
  // The page sizes the live chart with CSS (e.g. width: 100%); the copy is sized by its attributes.
  clone.removeAttribute('style');
  inlineComputedStyles(chart, clone);
  clone.setAttribute('x', String((width - size.width) / 2));
  clone.setAttribute('y', String(y + 4));
  clone.setAttribute('width', String(size.width));
  clone.setAttribute('height', String(size.height));
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${size.width} ${size.height}`);
  clone.setAttribute('class', 'export-chart');
  root.append(clone);
  y += 4 + size.height + 4;

  const legend = element(doc, 'g', { class: 'export-legend' });
  y = addLegend(doc, legend, text.legend, y, width, theme.text);
  root.append(legend);

  const footer = element(doc, 'g', { class: 'export-footer' });
  const small = { size: SMALL_PX, fill: theme.text, opacity: 0.85 };
  if (text.notes)
    y = addLines(doc, footer, wrapText(text.notes, inner, SMALL_PX), y, { ...small, className: 'export-notes' });
  y = addLines(doc, footer, wrapText(text.source, inner, SMALL_PX), y + 4, { ...small, className: 'export-source' });
  // The address is never broken: a reader copies it whole.
  y = addLines(doc, footer, [text.url], y, { ...small, className: 'export-url', opacity: 1 });
  root.append(footer);

  const height = Math.ceil(y + PAD);
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  background.setAttribute('height', String(height));
  const serializer = new (doc.defaultView?.XMLSerializer ?? XMLSerializer)();
  return { svg: serializer.serializeToString(root), width, height };
}

/**
 * The page's background and text colour where the chart sits: the nearest ancestor with an
 * opaque background (the card, else the page), so a dark page gives a dark image.
 */
export function themeAround(target: Element): ChartImageTheme {
  const view = target.ownerDocument.defaultView!;
  let background = '';
  for (let at: Element | null = target; at && !background; at = at.parentElement) {
    const color = view.getComputedStyle(at).backgroundColor;
    if (color && color !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(color)) background = color;
  }
  const style = view.getComputedStyle(target);
  return {
    background: background || '#ffffff',
    text: style.color || '#000000',
    fontFamily: style.fontFamily || 'system-ui, sans-serif',
  };
}

/**
 * The image as PNG at `scale` × its size (2: sharp on high-density screens and in slides):
 * the SVG drawn by the browser onto a canvas. Rejects when the browser cannot draw it.
 */
export async function svgToPng(image: ChartImage, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([image.svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    img.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      img.addEventListener('load', () => resolve());
      img.addEventListener('error', () => reject(new Error('the browser could not draw the chart')));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.width * scale);
    canvas.height = Math.round(image.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser has no canvas to draw on');
    context.scale(scale, scale);
    context.drawImage(img, 0, 0, image.width, image.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be made'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
