import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser';
import {
  alertTexts,
  blankOrStuck,
  correctionTexts,
  disagreements,
  serveAsSpaHost,
  SETTLE_MS,
  waitUntilSettled,
} from './page-invariants';

/**
 * A seeded fuzz of the built app: junk addresses, in-app navigation with Back and Forward,
 * data faults by route interception and rapid control changes, with the page's invariants
 * checked after every step. Bounded: FUZZ_STEPS steps (default 28) and about 40 s, whichever
 * ends first. Replay a failure with the seed it prints: FUZZ_SEED=<seed> (same build, same steps).
 */
// 530: its first 24 steps include every kind of step, fault and address the generator makes.
const SEED = Number(process.env.FUZZ_SEED ?? 530);
const STEPS = Number(process.env.FUZZ_STEPS ?? 28);
const BUDGET_MS = 40_000;
const SLOW_MS = 3_000;

/** mulberry32: a small seeded generator, so a seed names one sequence of steps. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  return { next, int, pick };
}
type Random = ReturnType<typeof generator>;

const PATHS = [
  '/',
  '/spec-decode',
  '/spec-decode/',
  '/spec-decode/dsr1/mi355x/fp4',
  '/spec-decode/dsr1/mi355x/fp4/',
  '/spec-decode/dsr1/b200/fp8',
  '/spec-decode/dsr1/gb200/fp8',
  '/spec-decode/dsr1/tpu9/fp4',
  '/spec-decode/gpt9/mi355x/fp4',
  '/spec-decode/%E0%A4/mi355x/fp4',
  '/spec-decode/dsr1/mi355x/%zz',
  '/inference',
  '/inference/',
  '/no/such/page',
] as const;

/** Parameter values, none of them a default (a default is left out of the address by design). */
const VALUES: Record<string, readonly string[]> = {
  seq: ['1k1k', '1k8k', '9k9k', '', '%E0%A4'],
  metric: ['cost', 'tok-per-mw', 'vibes', 'NaN', ''],
  at: ['35,56,77', '1e308,2,3', 'NaN', '-5', '20.005,30,40', ',,', '40', '99999999999999999999'],
  engine: ['sglang', 'atom', 'nope', ''],
  prec: ['fp8', 'fp4', 'fp16', ''],
  tier: ['costr', 'bogus'],
  costs: ['B', 'Z'],
  scale: ['log', 'cubic'],
  x: ['ttft', 'sideways'],
  hide: ['nope', 'mi355x:atom:none:fp4'],
  a: ['mi355x:atom:mtp:fp4', 'garbage'],
  b: ['mi355x:atom:none:fp4', '%'],
  usd: ['2', '1e9', 'NaN', '35,56', '0'],
  model: ['dsr1', 'gpt9'],
  fuzzjunk: ['1'],
  '%zz': ['1'],
};

function randomQuery(r: Random): string {
  const parts: string[] = [];
  const count = r.int(5);
  for (let i = 0; i < count; i++) {
    const key = r.pick(Object.keys(VALUES));
    const value = r.pick(VALUES[key]!);
    parts.push(`${key}=${value}`);
    if (r.next() < 0.15) parts.push(`${key}=${r.pick(VALUES[key]!)}`); // repeated parameter
  }
  if (r.next() < 0.1) parts.push('%');
  return parts.length ? `?${parts.join('&')}` : '';
}

type FaultKind = '404' | 'html' | 'invalid-json' | 'wrong-shape' | 'slow' | 'abort';
const FAULTS: readonly FaultKind[] = ['404', 'html', 'invalid-json', 'wrong-shape', 'slow', 'abort'];

type Step =
  | { kind: 'goto'; url: string; fault: { kind: FaultKind; file: string } | null }
  | { kind: 'header'; name: string }
  | { kind: 'link'; choice: number }
  | { kind: 'back' }
  | { kind: 'forward' }
  | { kind: 'picks'; picks: { control: string; choice: number; delayMs: number }[] };

/** The data file a page at `url` needs beyond the manifest and the assumptions (the index: its only file). */
function pageFile(url: string): string {
  const path = url.split('?')[0]!;
  if (path === '/spec-decode' || path === '/spec-decode/') return 'spec-decode-index.json';
  const match = /^\/spec-decode\/dsr1\/(\w+)\/fp\d\/?$/.exec(path);
  const seq = /[?&]seq=(1k1k|1k8k)(&|$)/.exec(url)?.[1] ?? '8k1k';
  if (match) return `benchmarks/dsr1/${seq}/${match[1]}.json`;
  if (path.startsWith('/inference')) return `benchmarks/dsr1/${seq}/h200.json`;
  return 'benchmarks/dsr1/8k1k/mi355x.json';
}

function randomStep(r: Random): Step {
  const roll = r.next();
  if (roll < 0.4) {
    const url = `${r.pick(PATHS)}${randomQuery(r)}`;
    const fault =
      r.next() < 0.35
        ? { kind: r.pick(FAULTS), file: r.pick(['manifest.json', 'gpu-specs.json', pageFile(url), pageFile(url)]) }
        : null;
    return { kind: 'goto', url, fault };
  }
  if (roll < 0.5) return { kind: 'header', name: r.pick(['Catalog', 'Speculative decoding', 'Inference chart']) };
  if (roll < 0.6) return { kind: 'link', choice: r.next() };
  if (roll < 0.67) return { kind: 'back' };
  if (roll < 0.72) return { kind: 'forward' };
  const picks = Array.from({ length: 6 + r.int(10) }, () => ({
    control: r.pick(['Metric', 'Sequence', 'Engine', 'Series A', 'Series B']),
    choice: r.next(),
    delayMs: r.int(6),
  }));
  return { kind: 'picks', picks };
}

function describeStep(step: Step): string {
  switch (step.kind) {
    case 'goto':
      return `goto ${step.url}${step.fault ? ` with data/${step.fault.file} → ${step.fault.kind}` : ''}`;
    case 'header':
      return `click header link "${step.name}"`;
    case 'link':
      return `click in-page link #${step.choice.toFixed(3)}`;
    case 'picks':
      return `rapid picks: ${step.picks.map((p) => `${p.control}#${p.choice.toFixed(2)}`).join(', ')}`;
    default:
      return step.kind;
  }
}

const FAULT_BODIES: Record<Exclude<FaultKind, 'slow' | 'abort' | '404'>, { type: string; body: string }> = {
  html: { type: 'text/html', body: '<!doctype html><html><body>Not here</body></html>' },
  'invalid-json': { type: 'application/json', body: '{"schemaVersion":' },
  'wrong-shape': { type: 'application/json', body: '{"schemaVersion":1,"files":"none","points":7}' },
};

/** Installs a fault on one data file; returns whether it was hit and how to remove it. */
async function installFault(page: Page, fault: { kind: FaultKind; file: string }) {
  const pattern = `**/data/${fault.file}`;
  const state = { hit: false };
  await page.route(pattern, async (route) => {
    state.hit = true;
    if (fault.kind === 'slow') {
      await new Promise((r) => setTimeout(r, SLOW_MS));
      await route.continue().catch(() => {});
    } else if (fault.kind === 'abort') await route.abort('failed');
    else if (fault.kind === '404') await route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' });
    else
      await route.fulfill({
        status: 200,
        contentType: FAULT_BODIES[fault.kind].type,
        body: FAULT_BODIES[fault.kind].body,
      });
  });
  return { state, remove: () => page.unroute(pattern) };
}

/** Picks in the page itself, milliseconds apart; returns the last value set per control. */
async function rapidPicks(page: Page, picks: { control: string; choice: number; delayMs: number }[]) {
  return page.evaluate(async (list) => {
    const last: Record<string, string> = {};
    const selectFor = (label: string) => {
      const tag = [...document.querySelectorAll('label.control-label')].find((l) => l.textContent === label);
      return document.getElementById(tag?.getAttribute('for') ?? '') as HTMLSelectElement | null;
    };
    for (const pick of list) {
      if (pick.control === 'Sequence') {
        const radios = [...document.querySelectorAll<HTMLInputElement>('input[name="Sequence"]:not(:disabled)')];
        const radio = radios[Math.floor(pick.choice * radios.length)];
        if (radio) {
          radio.click();
          last.Sequence = radio.value;
        }
      } else {
        const select = selectFor(pick.control);
        const option = select?.options[Math.floor(pick.choice * select.options.length)];
        if (select && option) {
          Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(select, option.value);
          select.dispatchEvent(new Event('change', { bubbles: true }));
          last[pick.control] = option.value;
        }
      }
      await new Promise((r) => setTimeout(r, pick.delayMs));
    }
    return last;
  }, picks);
}

const COMPARISON_PATH = /^\/spec-decode\/dsr1\/(mi355x|b200|gb200)\/fp[48]\/?$/;
const COMPARISON_KEYS = ['seq', 'metric', 'prec', 'at', 'tier', 'costs', 'engine', 'scale'];
const INFERENCE_KEYS = [
  'model',
  'seq',
  'prec',
  'metric',
  'x',
  'hide',
  'scale',
  'frontier',
  'a',
  'b',
  'at',
  'tier',
  'usd',
  'costs',
];
/** List parameters whose empty value is their default (no extra precision, nothing hidden, default targets). */
const EMPTY_IS_DEFAULT = new Set(['prec', 'hide', 'at']);

/** The query parameters a page reads, or null for a page whose parameters do not matter (not found). */
function pageKeys(pathname: string): string[] | null {
  if (pathname === '/' || pathname === '/spec-decode' || pathname === '/spec-decode/') return [];
  if (COMPARISON_PATH.test(pathname)) return COMPARISON_KEYS;
  if (pathname === '/inference' || pathname === '/inference/') return INFERENCE_KEYS;
  return null;
}

/** Whether the page at `url` needs `file` (so a fault on it must be named on screen). */
function pageNeeds(url: string, file: string): boolean {
  const path = url.split('?')[0]!;
  if (path === '/') return file === 'manifest.json';
  // The index reads one file, the summary the ingest computed, and neither the manifest nor the assumptions.
  if (path === '/spec-decode' || path === '/spec-decode/') return file === 'spec-decode-index.json';
  if (file === 'manifest.json' || file === 'gpu-specs.json')
    return path.startsWith('/spec-decode') || path.startsWith('/inference');
  if (COMPARISON_PATH.test(path) || path.startsWith('/inference')) return file === pageFile(url);
  return false;
}

const safeDecode = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text; // a malformed escape stays as typed
  }
};

/**
 * Requested parameters that need a notice naming them: those the page does not read (kept in
 * the address or not), and those it reads but dropped from the address (an empty list value,
 * which is the default, excepted).
 */
function parametersNeedingNotice(requested: string, final: string, keys: readonly string[]): string[] {
  const pairs = (requested.split('?')[1] ?? '')
    .split('&')
    .filter(Boolean)
    .map((part) => [safeDecode(part.split('=')[0]!), part.slice(part.indexOf('=') + 1)] as const);
  const kept = new URLSearchParams(final);
  const out = new Set<string>();
  for (const [key] of pairs) {
    if (!keys.includes(key)) out.add(key);
    else if (!kept.has(key)) {
      const values = pairs.filter(([k]) => k === key).map(([, v]) => v);
      if (!(EMPTY_IS_DEFAULT.has(key) && values.every((v) => v === '' || v === key))) out.add(key);
    }
  }
  return [...out];
}

/** What kinds of step ran, for the report: "goto 11 (faults 4), picks 6, …". */
function coverage(ran: string[]): string {
  const count = (pattern: RegExp) => ran.filter((line) => pattern.test(line)).length;
  return [
    `goto ${count(/\. goto /)} (faults ${count(/ → /)}, malformed escapes ${count(/\. goto \S*%/)})`,
    `header ${count(/header link/)}`,
    `in-page links ${count(/in-page link/)}`,
    `back ${count(/\. back$/)}`,
    `forward ${count(/\. forward$/)}`,
    `rapid picks ${count(/rapid picks/)}`,
  ].join(', ');
}

interface Session {
  context: BrowserContext;
  page: Page;
  errors: { text: string; network: boolean }[];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function newSession(): Promise<Session> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(6_000);
  const errors: Session['errors'] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push({ text: m.text(), network: m.text().startsWith('Failed to load resource') });
  });
  page.on('pageerror', (e) => errors.push({ text: `uncaught: ${e.message}`, network: false }));
  await serveAsSpaHost(page);
  await page.goto(`${inject('baseUrl')}/`);
  return { context, page, errors };
}

/** Runs one step and returns what is wrong afterwards ([] when every invariant holds). */
async function runStep(session: Session, step: Step): Promise<string[]> {
  const { page } = session;
  const base = inject('baseUrl');
  const problems: string[] = [];
  session.errors.length = 0;
  let fault: Awaited<ReturnType<typeof installFault>> | null = null;
  let lastPicks: Record<string, string> = {};
  let expectedHref: string | null = null;
  if (step.kind === 'goto') {
    if (step.fault) fault = await installFault(page, step.fault);
    await page.goto(`${base}${step.url}`, { waitUntil: 'commit' });
  } else if (step.kind === 'header') {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: step.name }).click();
  } else if (step.kind === 'link') {
    const links = page.locator('main a[href^="/"]:visible');
    const count = await links.count();
    if (count > 0) {
      const link = links.nth(Math.floor(step.choice * count));
      expectedHref = await link.getAttribute('href');
      await link.click();
    }
  } else if (step.kind === 'back' || step.kind === 'forward') {
    const move =
      step.kind === 'back'
        ? () => page.goBack({ waitUntil: 'commit', timeout: 3_000 })
        : () => page.goForward({ waitUntil: 'commit', timeout: 3_000 });
    await move().catch(() => null);
    // Back from the first page leaves the app (about:blank): return, nothing to check there.
    if (!page.url().startsWith(base)) {
      await page.goForward({ waitUntil: 'commit' }).catch(() => page.goto(`${base}/`));
      await waitUntilSettled(page).catch(() => {});
      return [];
    }
  } else {
    lastPicks = await rapidPicks(page, step.picks);
  }

  const slow = fault && step.kind === 'goto' && step.fault?.kind === 'slow';
  // Settled, or given up: after SETTLE_MS (plus a slow answer's delay), or 1.5 s after an
  // uncaught error left the page without an h1 (a blank page does not come back by itself).
  const deadline = Date.now() + SETTLE_MS + (slow ? SLOW_MS : 0);
  const crashed = () => session.errors.some((e) => e.text.startsWith('uncaught'));
  for (let start = Date.now(); ;) {
    const settled = await waitUntilSettled(page, 500).then(
      () => true,
      () => false,
    );
    if (settled) break;
    if (Date.now() > deadline || (crashed() && Date.now() - start > 1_500)) {
      problems.push(`not settled: ${(await blankOrStuck(page)) ?? 'no h1'}`);
      break;
    }
  }
  await page.waitForTimeout(150);
  const stuck = await blankOrStuck(page);
  if (stuck && problems.length === 0) problems.push(stuck);

  const faulted = Boolean(fault?.state.hit && step.kind === 'goto' && step.fault!.kind !== 'slow');
  for (const e of session.errors) if (!(e.network && faulted)) problems.push(`console/page error: ${e.text}`);

  const needed = faulted && step.kind === 'goto' && pageNeeds(step.url, step.fault!.file);
  if (needed && step.kind === 'goto') {
    // A page may look settled while a retry of the failed file is pending (the index lists the
    // rows it has): give the error until the step's deadline to appear.
    await page
      .waitForFunction(
        (file) => [...document.querySelectorAll('[role="alert"]')].some((a) => a.textContent?.includes(file)),
        step.fault!.file,
        { timeout: Math.max(500, deadline - Date.now()) },
      )
      .catch(() => {});
  }
  const alerts = (await alertTexts(page)).join('\n');
  if (needed && step.kind === 'goto' && !alerts.includes(step.fault!.file))
    problems.push(`data/${step.fault!.file} failed (${step.fault!.kind}) but no alert names it (alerts: "${alerts}")`);
  // A 404, or an HTML page where a JSON file should be (an SPA host's answer for a missing file), is "missing".
  if (needed && step.kind === 'goto' && ['404', 'html'].includes(step.fault!.kind) && !/missing/i.test(alerts))
    problems.push(`data/${step.fault!.file} answered ${step.fault!.kind} but the alert does not say it is missing`);

  const url = new URL(page.url());
  const heading =
    (await page
      .locator('h1')
      .first()
      .textContent()
      .catch(() => '')) ?? '';
  const notFound = /No such comparison|Page not found/.test(heading);
  const keys = step.kind === 'goto' ? pageKeys(step.url.split('?')[0]!) : null;
  if (step.kind === 'goto' && keys && !notFound && !needed) {
    const notice = (await correctionTexts(page)).join('\n');
    for (const key of parametersNeedingNotice(step.url, url.search, keys)) {
      const named = key.includes('%') ? notice.length > 0 : notice.includes(`${key}=`);
      if (!named)
        problems.push(`parameter "${key}" is not used and no notice names it (address now ${url.search || 'clean'})`);
    }
  }
  if (expectedHref !== null) {
    const shown = `${url.pathname}${url.search}`;
    if (shown !== expectedHref) problems.push(`clicked a link to ${expectedHref}, the page shows ${shown}`);
    if (!expectedHref.includes('?') && (await correctionTexts(page)).length > 0)
      problems.push(`a clean link (${expectedHref}) shows a corrections notice`);
  }
  problems.push(...(await disagreements(page)));
  for (const control of ['Metric', 'Sequence'] as const) {
    const picked = lastPicks[control];
    if (picked === undefined) continue;
    const now =
      control === 'Metric'
        ? await page.getByLabel('Metric').inputValue()
        : await page.locator('input[name="Sequence"]:checked').inputValue();
    if (now !== picked) problems.push(`${control}: last picked ${picked}, the control shows ${now}`);
  }
  await fault?.remove();
  return problems;
}

describe('fuzz: addresses, navigation, data faults and rapid picks', () => {
  it(`keeps every invariant over ${STEPS} seeded steps (FUZZ_SEED=${SEED})`, { timeout: 120_000 }, async () => {
    const r = generator(SEED);
    const started = Date.now();
    let session = await newSession();
    const ran: string[] = [];
    const findings: string[] = [];
    for (let i = 0; i < STEPS && Date.now() - started < BUDGET_MS; i++) {
      const step = randomStep(r);
      // Picks need a page with controls: open a clean one first when the current page has none.
      if (step.kind === 'picks' && (await session.page.locator('label.control-label').count()) === 0) {
        // Chosen from the step itself, so the generator's sequence does not depend on the page.
        const url = step.picks[0]!.choice < 0.5 ? '/spec-decode/dsr1/mi355x/fp4' : '/inference';
        ran.push(`${i}a. goto ${url}`);
        await session.page.goto(`${inject('baseUrl')}${url}`);
        await waitUntilSettled(session.page).catch(() => {});
      }
      ran.push(`${i}. ${describeStep(step)}`);
      let problems: string[];
      try {
        problems = await runStep(session, step);
      } catch (error) {
        problems = [`step threw: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`];
      }
      if (problems.length > 0) {
        findings.push(`step ${i} (${describeStep(step)}), at ${session.page.url()}:\n    ${problems.join('\n    ')}`);
        // Start the next step from a fresh browser context, so one finding does not mask the next.
        await session.context.close();
        session = await newSession();
      }
    }
    await session.context.close();
    const report = [
      `Covered: ${coverage(ran)}.`,
      `FUZZ_SEED=${SEED} FUZZ_STEPS=${STEPS}: ${findings.length} finding(s) in ${ran.length} steps (${Date.now() - started} ms).`,
      'Findings:',
      ...findings.map((f) => `  ${f}`),
      'Steps (replay with the same seed on the same build):',
      ...ran.map((s) => `  ${s}`),
    ].join('\n');
    // The report (seed, findings, every step run) is the failure message.
    expect(findings.length === 0 ? '' : report).toBe('');
  });
});
