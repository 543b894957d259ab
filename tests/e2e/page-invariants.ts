import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page, Route } from 'playwright-core';

/** How long a page may take to settle after its data has been served or has failed. */
export const SETTLE_MS = 8_000;

const distIndex = () => readFileSync(resolve(import.meta.dirname, '../../dist/index.html'), 'utf8');

/**
 * Serves the built index.html for every document request, as a static SPA host does, so
 * that paths `vite preview` refuses (a malformed escape such as `/spec-decode/%E0%A4/x/y`)
 * reach the app. Assets and /data are left to the preview server (and to other routes).
 */
export async function serveAsSpaHost(page: Page): Promise<void> {
  const html = distIndex();
  await page.route(
    (url) => !url.pathname.startsWith('/data/') && !url.pathname.startsWith('/assets/') && !/\.\w+$/.test(url.pathname),
    async (route: Route) => {
      if (route.request().resourceType() !== 'document') return route.fallback();
      await route.fulfill({ status: 200, contentType: 'text/html', body: html });
    },
  );
}

/** Resolves when no busy placeholder (skeleton, `aria-busy`) is left, or throws after `timeout`. */
export async function waitUntilSettled(page: Page, timeout = SETTLE_MS): Promise<void> {
  await page.waitForFunction(
    // Parsed to the end first: a static page's markup for another address is removed as it is parsed.
    () => {
      if (document.readyState === 'loading' || document.querySelector('h1') === null) return false;
      // The app owns the page: until then the page written at build time is on screen, with
      // its numbers and no busy mark, and none of what the app says about this address.
      if (document.getElementById('root')?.hasAttribute('data-static-path')) return false;
      if (document.querySelector('[aria-busy="true"]') !== null) return false;
      // Drawn for the address shown: a followed link changes the address at once and renders the
      // next page in a transition a task or more later, the old page settled-looking until then.
      // The layout names the address it drew; a page without it (a browser error page) passes.
      const drawn = document.querySelector<HTMLElement>('main[data-location]')?.dataset.location;
      if (drawn === undefined) return true;
      return (
        new URL(drawn, location.origin).href === new URL(location.pathname + location.search, location.origin).href
      );
    },
    undefined,
    { timeout, polling: 100 },
  );
}

/** Why the page looks blank or stuck right now, or null when it does not. */
export async function blankOrStuck(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    if (!document.querySelector('h1')) return 'no h1 on the page (blank)';
    const busy = document.querySelector('[aria-busy="true"]');
    if (busy) return `still busy: "${(busy.textContent ?? '').trim().slice(0, 80)}"`;
    return null;
  });
}

/** Texts of the corrections notice's items (`param=value: message.`), [] when there is none. */
export async function correctionTexts(page: Page): Promise<string[]> {
  return page.locator('[data-testid="corrections"] li').allInnerTexts();
}

/** Texts of every alert on the page (data errors, refused inputs). */
export async function alertTexts(page: Page): Promise<string[]> {
  return page.getByRole('alert').allInnerTexts();
}

/** The text of status elements saying "Loading…" that a sighted person can see (not visually hidden). */
export async function visibleLoadingTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const seen: string[] = [];
    for (const status of document.querySelectorAll('[role="status"]')) {
      const holders = [status, ...status.querySelectorAll('*')];
      for (const el of holders) {
        const own = [...el.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent ?? '')
          .join('');
        if (!/loading/i.test(own)) continue;
        const box = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        const hidden =
          el.closest('.visually-hidden') !== null ||
          style.visibility === 'hidden' ||
          style.display === 'none' ||
          box.width <= 2 ||
          box.height <= 2;
        if (!hidden) seen.push(own.trim());
      }
    }
    return seen;
  });
}

/** Records every address the page shows (history pushes and replaces included) in `window.isolineSeen`. */
export async function recordAddresses(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { isolineSeen: string[] };
    w.isolineSeen = [location.pathname + location.search];
    for (const name of ['pushState', 'replaceState'] as const) {
      const original = history[name].bind(history);
      history[name] = (...args: Parameters<History['pushState']>) => {
        original(...args);
        w.isolineSeen.push(location.pathname + location.search);
      };
    }
  });
}

export async function seenAddresses(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { isolineSeen: string[] }).isolineSeen);
}

/**
 * Where the address, the controls and the view disagree on a comparison or inference page
 * (metric, sequence, engine, compared series), in words; [] when they agree or the page has
 * no such controls. The address leaves defaults out: throughput, 8k/1k, every engine pooled.
 */
export async function disagreements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const params = new URLSearchParams(location.search);
    // The app's Select: <label class="control-label" for=id>Metric</label><select id=id>.
    const select = (label: string) => {
      const tag = [...document.querySelectorAll('label.control-label')].find((l) => l.textContent === label);
      const id = tag?.getAttribute('for');
      return id ? (document.getElementById(id) as HTMLSelectElement | null) : null;
    };
    const metric = select('Metric');
    const chart = document.querySelector('[data-testid="chart"]');
    if (metric) {
      const inUrl = params.get('metric') ?? 'throughput';
      if (inUrl !== metric.value) out.push(`metric: address says ${inUrl}, the Metric control ${metric.value}`);
      const label = metric.selectedOptions[0]?.textContent ?? '';
      const shown = chart?.getAttribute('aria-label') ?? '';
      if (chart && !shown.startsWith(`${label} against`))
        out.push(`metric: the control says ${label}, the chart is "${shown}"`);
    }
    const checked = document.querySelector<HTMLInputElement>('fieldset input[name="Sequence"]:checked');
    const subtitle =
      document.querySelector('[data-testid="workload-subtitle"]') ??
      document.querySelector('[data-testid="inference-subtitle"]');
    if (checked) {
      const label = checked.parentElement?.textContent?.trim() ?? '';
      const inUrl = params.get('seq') ?? '8k1k';
      if (inUrl !== checked.value) out.push(`sequence: address says ${inUrl}, the Sequence control ${checked.value}`);
      if (subtitle && !subtitle.textContent?.includes(label))
        out.push(`sequence: the control says ${label}, the subtitle "${subtitle.textContent}"`);
      const caption = document.querySelector('[data-testid="pinned-table"] caption')?.textContent;
      if (caption && !caption.includes(label)) out.push(`sequence: the control says ${label}, the table "${caption}"`);
    }
    const engine = select('Engine');
    if (engine) {
      const inUrl = params.get('engine') ?? '__all__';
      if (inUrl !== engine.value) out.push(`engine: address says ${inUrl}, the Engine control ${engine.value}`);
      const label = engine.value === '__all__' ? 'all engines pooled' : (engine.selectedOptions[0]?.textContent ?? '');
      if (subtitle && !subtitle.textContent?.includes(label))
        out.push(`engine: the control says ${label}, the subtitle "${subtitle.textContent}"`);
    }
    for (const side of ['a', 'b'] as const) {
      const picker = select(`Series ${side.toUpperCase()}`);
      if (!picker) continue;
      const inUrl = params.get(side) ?? '';
      const value = picker.value;
      if (inUrl !== value) out.push(`series ${side}: address says "${inUrl}", the control "${value}"`);
    }
    return out;
  });
}
