import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { availabilityRowSchema, gpuSpecsInputSchema, rawRowSchema } from '../../src/data/ingest/raw.ts';
import { rowToPoint } from '../../src/data/ingest/rows.ts';
import {
  benchmarkFileSchema,
  gpuSpecsSchema,
  ingestReportSchema,
  manifestSchema,
  type BenchmarkFile,
  type BenchmarkPoint,
} from '../../src/data/schema.ts';
import { HARDWARE } from '../../src/domain/catalog.ts';
import { SHIPPED_BENCHMARKS } from '../../src/data/ingest/cli.ts';
import {
  assertValid,
  formatIssues,
  matching,
  object,
  oneOf,
  parse,
  refine,
  string,
  type Validator,
} from '../../src/data/validate';

/**
 * The data contract: every fixture and every shipped file parses with its schema, and the
 * manifest agrees with numbers this test computes on its own from the raw JSON (it does not
 * call the ingest's aggregation code).
 */

const realDir = new URL('../../fixtures/real/', import.meta.url);
const edgeDir = new URL('../../fixtures/edge-cases/', import.meta.url);
const publicDir = new URL('../../public/', import.meta.url);

const bytesOf = (dir: URL, name: string) => readFileSync(new URL(name, dir));
const jsonOf = (dir: URL, name: string): unknown => JSON.parse(bytesOf(dir, name).toString('utf8'));

// ── Raw fixtures, as loose records for the independent cross-checks ──────────────────────
type Raw = Record<string, unknown> & { metrics: Record<string, number> };
const SHIPPED = 'inferencex_dsr1_latest_2026-06-14.json';
const rawRows = jsonOf(realDir, SHIPPED) as Raw[];
const gpuSpecsIn = jsonOf(realDir, 'gpu-specs.json') as {
  gpuMeta: Record<string, { label: string; vendor: string; arch: string }>;
  epochs: { id: string; validUntil: string }[];
};
const knownHardware = new Set(Object.keys(gpuSpecsIn.gpuMeta));

// ── Shipped files ──────────────────────────────────────────────────────────────────────
const manifest = assertValid(manifestSchema, jsonOf(publicDir, 'data/manifest.json'));
const report = assertValid(ingestReportSchema, jsonOf(publicDir, 'data/ingest-report.json'));
const gpuSpecs = assertValid(gpuSpecsSchema, jsonOf(publicDir, 'data/gpu-specs.json'));
const benchmarkFiles: BenchmarkFile[] = manifest.files.map((f) =>
  assertValid(benchmarkFileSchema, jsonOf(publicDir, f.path)),
);
/** The latest view of DeepSeek-R1: the points that come from the capture's rows. */
const points: BenchmarkPoint[] = benchmarkFiles.filter((f) => f.model === 'dsr1').flatMap((f) => f.points);
const blogPoints: BenchmarkPoint[] = benchmarkFiles.filter((f) => f.model === 'dsv4').flatMap((f) => f.points);

/** Indexes of rows whose raw shape (rawRowSchema) fails, with the reasons. */
function shapeFailures(rows: unknown[], schema: Validator<unknown>): { index: number; reason: string }[] {
  return rows.flatMap((row, index) => {
    const r = parse(schema, row);
    return r.ok ? [] : [{ index, reason: formatIssues(r.issues).join('; ') }];
  });
}

const RAW_ROW_FILES = [
  { file: 'inferencex_dsr1_latest_2026-06-14.json', rows: 435 },
  { file: 'inferencex_dsr1_latest_2026-05-05.json', rows: 435 },
  { file: 'inferencex_dsr1_history_2026-06-14.json', rows: 1462 },
];

/**
 * Rows the ingest keeps but flags: disaggregated GB200 Dynamo rows from 2025-12 that record
 * 0 prefill and 0 decode workers and one number in tp and both GPU fields, so their GPU count
 * is inferred. The same 8 rows appear in both "latest" captures; history has none.
 */
const EXPECTED_FLAGGED: Record<string, number[]> = {
  'inferencex_dsr1_latest_2026-06-14.json': [150, 152, 155, 157, 158, 163, 165, 169],
  'inferencex_dsr1_latest_2026-05-05.json': [150, 152, 155, 157, 158, 163, 165, 169],
  'inferencex_dsr1_history_2026-06-14.json': [],
};

describe('fixtures parse with their schemas', () => {
  it('fixtures/real holds exactly the files this test knows about', () => {
    expect(readdirSync(realDir).sort()).toEqual(
      [
        'SOURCES.md',
        'dsv4pro_mi355x_sglang_8k1k_blog_iso_interactivity.csv',
        'dsv4pro_mi355x_sglang_8k1k_blog_points.csv',
        'gpu-specs.json',
        'inferencex_availability_2026-06-14.json',
        ...RAW_ROW_FILES.map((f) => f.file),
      ].sort(),
    );
  });

  it.each(RAW_ROW_FILES)('$file: every row matches the raw row schema', ({ file, rows }) => {
    const data = jsonOf(realDir, file) as unknown[];
    expect(data).toHaveLength(rows);
    expect(shapeFailures(data, rawRowSchema)).toEqual([]);
  });

  it.each(RAW_ROW_FILES)('$file: the ingest keeps every row and flags exactly the known ones', ({ file }) => {
    const data = jsonOf(realDir, file) as unknown[];
    const results = data.map((row, index) => ({ index, r: rowToPoint(row, index, { tag: 't', knownHardware }) }));
    expect(results.flatMap(({ index, r }) => (r.ok ? [] : [{ index, reason: r.reason }]))).toEqual([]);
    const flagged = results.flatMap(({ index, r }) => (r.ok && r.value.point.gpuCountNote !== null ? [index] : []));
    expect(flagged).toEqual(EXPECTED_FLAGGED[file]);
  });

  it('inferencex_availability_2026-06-14.json: every row matches the availability row schema', () => {
    const data = jsonOf(realDir, 'inferencex_availability_2026-06-14.json') as unknown[];
    expect(data).toHaveLength(689);
    expect(shapeFailures(data, availabilityRowSchema)).toEqual([]);
    const rows = data as { hardware: string; isl: number; osl: number }[];
    expect(rows.filter((r) => !knownHardware.has(r.hardware))).toEqual([]);
    const seqs = new Set(rows.map((r) => `${r.isl}/${r.osl}`));
    expect([...seqs].sort()).toEqual(['1024/1024', '1024/8192', '8192/1024']);
  });

  it('gpu-specs.json matches its input schema and the catalog mirrors its gpuMeta', () => {
    expect(parse(gpuSpecsInputSchema, gpuSpecsIn)).toEqual({ ok: true, value: gpuSpecsIn });
    const catalog = Object.fromEntries(
      HARDWARE.map((h) => [h.key, { label: h.label, vendor: h.vendor, arch: h.arch }]),
    );
    const meta = Object.fromEntries(
      Object.entries(gpuSpecsIn.gpuMeta).map(([k, m]) => [k, { label: m.label, vendor: m.vendor, arch: m.arch }]),
    );
    expect(catalog).toEqual(meta);
  });

  const csvOf = (name: string) => {
    const [header, ...lines] = bytesOf(realDir, name).toString('utf8').trim().split(/\r?\n/);
    const cols = header!.split(',');
    return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [cols[i] ?? `extra${i}`, v])));
  };
  const num = refine(matching(/^\d+(\.\d+)?$/, 'a decimal number'), (s) => Number(s) > 0, 'be greater than zero');
  const date = matching(/^\d{4}-\d{2}-\d{2}$/, 'a YYYY-MM-DD date');
  /** Every row has exactly the named columns, each valid. */
  const strictRows = (rows: Record<string, string>[], shape: Parameters<typeof object>[0]) => {
    expect(rows.filter((r) => Object.keys(r).join() !== Object.keys(shape).join())).toEqual([]);
    return shapeFailures(rows, object(shape));
  };

  it('dsv4pro_mi355x_sglang_8k1k_blog_points.csv: every transcribed point is well-formed', () => {
    const rows = csvOf('dsv4pro_mi355x_sglang_8k1k_blog_points.csv');
    expect(rows).toHaveLength(35);
    const failures = strictRows(rows, {
      date,
      hardware: oneOf(['mi355x']),
      framework: oneOf(['sglang']),
      model: oneOf(['dsv4']),
      precision: oneOf(['fp4', 'fp8']),
      spec_method: oneOf(['none']),
      isl: oneOf(['8192']),
      osl: oneOf(['1024']),
      conc: num,
      tput_per_gpu: num,
      median_intvty: num,
      median_tpot_ms: num,
    });
    expect(failures).toEqual([]);
  });

  it('dsv4pro_mi355x_sglang_8k1k_blog_iso_interactivity.csv: every cell is a number or empty (unreachable)', () => {
    const rows = csvOf('dsv4pro_mi355x_sglang_8k1k_blog_iso_interactivity.csv');
    expect(rows).toHaveLength(40);
    const numberOrEmpty = refine(string(), (s) => s === '' || parse(num, s).ok, 'be a positive decimal or empty');
    const failures = strictRows(rows, { target_intvty: num, date, blog_tput_per_gpu_interpolated: numberOrEmpty });
    expect(failures).toEqual([]);
  });

  it('every hand-made edge-case file says it is hand-made', () => {
    const files = readdirSync(edgeDir).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const comment = (jsonOf(edgeDir, f) as Record<string, unknown>)['_comment'];
      expect({ file: f, comment }).toEqual({
        file: f,
        comment: expect.stringMatching(/^HAND-MADE, not upstream data\./),
      });
    }
    expect(readFileSync(new URL('README.md', edgeDir), 'utf8')).toMatch(/hand-made/i);
  });
});

describe('shipped files parse with their schemas', () => {
  it('manifest, gpu-specs and every benchmark file parse (parsed at load time above)', () => {
    expect(manifest.schemaVersion).toBe(1);
    expect(gpuSpecs.sets.length).toBeGreaterThan(0);
    expect(benchmarkFiles.length).toBe(manifest.files.length);
  });

  it('each file listed in the manifest holds the model, sequence, GPU and point count it claims', () => {
    manifest.files.forEach((f, i) => {
      expect(f.path).toBe(`data/benchmarks/${f.model}/${f.sequence}/${f.hardware}.json`);
      expect(benchmarkFiles[i]).toMatchObject({ model: f.model, sequence: f.sequence, hardware: f.hardware });
      expect(benchmarkFiles[i]!.points.every((p) => p.hardware === f.hardware)).toBe(true);
      expect(benchmarkFiles[i]!.points).toHaveLength(f.pointCount);
    });
  });

  it('every point is in the file of its own sequence', () => {
    for (const file of benchmarkFiles.filter((f) => f.model === 'dsr1')) {
      for (const p of file.points) {
        const raw = rawRows[Number(p.id.split('#')[1])]!;
        const seq = `${raw.isl === 1024 ? '1k' : '8k'}${raw.osl === 1024 ? '1k' : '8k'}`;
        expect({ id: p.id, seq }).toEqual({ id: p.id, seq: file.sequence });
      }
    }
  });
});

describe('manifest agrees with the raw rows (computed independently)', () => {
  /**
   * The flag rule restated: a disaggregated row with 0 workers in both pools and one number in
   * prefill tp, decode tp and both GPU fields does not record its prefill/decode split.
   */
  const noSplitRecorded = (r: Raw): boolean =>
    r.disagg === true &&
    r.prefill_num_workers === 0 &&
    r.decode_num_workers === 0 &&
    new Set([r.prefill_tp, r.decode_tp, r.num_prefill_gpu, r.num_decode_gpu]).size === 1;
  /** The rejection rule restated: bad metrics, unknown keys, disagg 0-worker layouts other than the flagged one. */
  const independentlyRejected = new Set(
    rawRows.flatMap((r, i) => {
      const m = r.metrics;
      const bad =
        !(m.tput_per_gpu! > 0 && Number.isFinite(m.tput_per_gpu)) ||
        !(m.median_intvty! > 0 && Number.isFinite(m.median_intvty)) ||
        !knownHardware.has(r.hardware as string) ||
        !['none', 'mtp'].includes(r.spec_method as string) ||
        !['1024/1024', '1024/8192', '8192/1024'].includes(`${r.isl}/${r.osl}`) ||
        (r.disagg === true && (r.prefill_num_workers === 0 || r.decode_num_workers === 0) && !noSplitRecorded(r));
      return bad ? [i] : [];
    }),
  );
  const independentlyFlagged = rawRows.flatMap((r, i) =>
    !independentlyRejected.has(i) && noSplitRecorded(r) ? [i] : [],
  );
  /**
   * The latest-view rule restated on raw fields: within the capture, a configuration line keeps
   * only the rows of its newest date (the others are history only).
   */
  const lineOf = (r: Raw) =>
    [
      'hardware',
      'framework',
      'precision',
      'spec_method',
      'isl',
      'osl',
      'disagg',
      'prefill_tp',
      'prefill_ep',
      'prefill_dp_attention',
      'prefill_num_workers',
      'decode_tp',
      'decode_ep',
      'decode_dp_attention',
      'decode_num_workers',
    ]
      .map((k) => String(r[k]))
      .join('|');
  const validRaw = rawRows.filter((_, i) => !independentlyRejected.has(i));
  const newestOfLine = new Map<string, string>();
  for (const r of validRaw) {
    const seen = newestOfLine.get(lineOf(r));
    if (seen === undefined || (r.date as string) > seen) newestOfLine.set(lineOf(r), r.date as string);
  }
  const olderRuns = rawRows.flatMap((r, i) =>
    !independentlyRejected.has(i) && r.date !== newestOfLine.get(lineOf(r)) ? [i] : [],
  );
  const keptRaw = rawRows.filter((_, i) => !independentlyRejected.has(i) && !olderRuns.includes(i));
  /** The blog's transcribed points: one line per precision, its newest date is the latest view. */
  const blogCsv = bytesOf(realDir, 'dsv4pro_mi355x_sglang_8k1k_blog_points.csv').toString('utf8').trim().split(/\r?\n/);
  const blogCols = blogCsv[0]!.split(',');
  const blogAll = blogCsv
    .slice(1)
    .map((line) => Object.fromEntries(line.split(',').map((v, i) => [blogCols[i]!, v])) as Record<string, string>);
  const blogNewest = (precision: string) =>
    blogAll
      .filter((r) => r.precision === precision)
      .map((r) => r.date!)
      .sort()
      .at(-1);
  const blogLatest = blogAll.filter((r) => r.date === blogNewest(r.precision!));
  const blogAsRaw = blogLatest.map(
    (r) => ({ ...r, isl: Number(r.isl), osl: Number(r.osl), metrics: {} }) as unknown as Raw,
  );
  const countBy = (rows: Raw[], key: (r: Raw) => string) => {
    const out: Record<string, number> = {};
    for (const r of rows) out[key(r)] = (out[key(r)] ?? 0) + 1;
    return out;
  };
  const fromManifest = (list: { key: string; pointCount: number }[]) =>
    Object.fromEntries(list.map((x) => [x.key, x.pointCount]));

  it('the capture mixes run dates on 3 lines; their older rows are history only', () => {
    expect(olderRuns).toEqual([82, 127, 161]);
    expect(points.map((p) => p.id)).not.toContain('latest-2026-06-14#82');
    expect(blogPoints).toHaveLength(12);
    expect(blogLatest).toHaveLength(12);
  });

  it('names its source file by name, checksum and row count', () => {
    const shipped = manifest.generatedFrom.find((g) => g.file === SHIPPED)!;
    expect(shipped).toMatchObject({ rows: 435 });
    expect(shipped.sha256).toBe(createHash('sha256').update(bytesOf(realDir, SHIPPED)).digest('hex'));
    expect(shipped.sha256.startsWith('f46823a76cb63248')).toBe(true); // as listed in SOURCES.md
    const specs = manifest.generatedFrom.find((g) => g.file === 'gpu-specs.json')!;
    expect(specs.sha256).toBe(createHash('sha256').update(bytesOf(realDir, 'gpu-specs.json')).digest('hex'));
    expect(SHIPPED_BENCHMARKS.map((b) => b.file)).toEqual([
      SHIPPED,
      'inferencex_dsr1_latest_2026-05-05.json',
      'inferencex_dsr1_history_2026-06-14.json',
      'dsv4pro_mi355x_sglang_8k1k_blog_points.csv',
    ]);
    for (const g of manifest.generatedFrom) expect(g.file).not.toMatch(/[/\\]/);
  });

  it('attributes SemiAnalysis InferenceX with both licences', () => {
    expect(manifest.source).toMatchObject({
      name: 'SemiAnalysis InferenceX',
      url: 'https://github.com/SemiAnalysisAI/InferenceX',
    });
    expect(manifest.source.licence).toContain('Apache-2.0');
    expect(manifest.source.licence).toContain('GPL-3.0');
  });

  it("latest-view points = the capture's 435 rows − rejections − older runs, plus the blog's newest sweeps", () => {
    const dupCount = rawRows.length - new Set(rawRows.map((r) => JSON.stringify(r))).size;
    expect(dupCount).toBe(0);
    expect(independentlyRejected.size).toBe(0);
    expect(manifest.ingest.rejected).toBe(0);
    expect(points).toHaveLength(435 - independentlyRejected.size - olderRuns.length);
    expect(points).toHaveLength(432);
    expect(manifest.ingest.pointsKept).toBe(432 + 12);
    expect(new Set(points.map((p) => p.id)).size).toBe(432);
  });

  it('flags exactly the rows that record no prefill/decode split, on the report and on the points', () => {
    expect(independentlyFlagged).toEqual(EXPECTED_FLAGGED[SHIPPED]);
    expect(report.flagged.filter((f) => f.file === SHIPPED).map((f) => [f.file, f.index])).toEqual(
      independentlyFlagged.map((i) => [SHIPPED, i]),
    );
    const byId = new Map(points.map((p) => [p.id, p]));
    for (const f of report.flagged.filter((x) => x.file === SHIPPED)) {
      const p = byId.get(`latest-2026-06-14#${f.index}`)!;
      const tp = rawRows[f.index]!.decode_tp as number;
      expect(p.gpuCountNote).toBe(f.reason);
      expect(f.reason).toContain(
        `Inferred: the row records no prefill/decode split; tp = ${tp} taken as the deployment size.`,
      );
    }
    expect(points.filter((p) => p.gpuCountNote !== null)).toHaveLength(independentlyFlagged.length);
  });

  it('per-hardware, per-engine, per-precision, per-spec-method and per-sequence counts', () => {
    const all = [...keptRaw, ...blogAsRaw];
    expect(fromManifest(manifest.hardware)).toEqual(countBy(all, (r) => r.hardware as string));
    expect(fromManifest(manifest.engines)).toEqual(countBy(all, (r) => r.framework as string));
    expect(fromManifest(manifest.precisions)).toEqual(countBy(all, (r) => r.precision as string));
    expect(fromManifest(manifest.specMethods)).toEqual(countBy(all, (r) => r.spec_method as string));
    const seqName: Record<string, string> = { '1024/1024': '1k1k', '1024/8192': '1k8k', '8192/1024': '8k1k' };
    expect(fromManifest(manifest.sequences)).toEqual(countBy(all, (r) => seqName[`${r.isl}/${r.osl}`]!));
    expect(fromManifest(manifest.models)).toEqual({ dsr1: keptRaw.length, dsv4: blogAsRaw.length });
  });

  it('hardware labels come from gpuMeta', () => {
    for (const h of manifest.hardware) {
      expect({ label: h.label, vendor: h.vendor, arch: h.arch }).toEqual({
        label: gpuSpecsIn.gpuMeta[h.key]!.label,
        vendor: gpuSpecsIn.gpuMeta[h.key]!.vendor,
        arch: gpuSpecsIn.gpuMeta[h.key]!.arch,
      });
    }
    expect(manifest.hardware.find((h) => h.key === 'mi355x')).toMatchObject({
      label: 'MI355X',
      vendor: 'AMD',
      arch: 'CDNA 4',
    });
  });

  it('combos with both MTP and Off', () => {
    const specsBy = (key: (r: Raw) => string) => {
      const m = new Map<string, Set<string>>();
      for (const r of keptRaw) m.set(key(r), (m.get(key(r)) ?? new Set()).add(r.spec_method as string));
      return m;
    };
    const both = (m: Map<string, Set<string>>) => [...m.values()].filter((s) => s.has('mtp') && s.has('none')).length;

    // model × hardware × precision × sequence (the manifest's combos); SOURCES.md counts 34 such pairs.
    const bySeq = specsBy((r) => `${r.model}|${r.hardware}|${r.precision}|${r.isl}/${r.osl}`);
    // Plus the blog's two (dsv4 MI355X FP4 and FP8 8k/1k, Off only).
    expect(manifest.combos).toHaveLength(bySeq.size + 2);
    expect(manifest.combos.filter((c) => c.specMethods.includes('mtp') && c.specMethods.includes('none'))).toHaveLength(
      both(bySeq),
    );
    expect(both(bySeq)).toBe(34);

    // model × hardware × precision with both in at least one sequence.
    const withBoth = new Set(
      manifest.combos.filter((c) => c.specMethods.length === 2).map((c) => `${c.model}|${c.hardware}|${c.precision}`),
    );
    const rawWithBoth = [...bySeq.entries()]
      .filter(([, s]) => s.has('mtp') && s.has('none'))
      .map(([k]) => k.split('|').slice(0, 3).join('|'));
    expect(withBoth).toEqual(new Set(rawWithBoth));
    expect(withBoth.size).toBe(13);
  });

  it('date range of the latest view', () => {
    const dates = [...keptRaw, ...blogAsRaw].map((r) => r.date as string).sort();
    expect(manifest.dates).toEqual({ first: dates[0], last: dates.at(-1), distinct: new Set(dates).size });
    expect(manifest.dates).toMatchObject({ first: '2025-10-06', last: '2026-06-11' });
  });

  it('each point carries its raw row: identity, GPU count rule and metrics', () => {
    for (const p of points) {
      const [tag, idx] = p.id.split('#');
      expect(tag).toBe('latest-2026-06-14');
      const r = rawRows[Number(idx)]!;
      expect([p.hardware, p.engine, p.precision, p.specMethod, p.disagg, p.concurrency, p.date]).toEqual([
        r.hardware,
        r.framework,
        r.precision,
        r.spec_method,
        r.disagg,
        r.conc,
        r.date,
      ]);
      const prefillGpus = r.num_prefill_gpu as number;
      const decodeGpus = r.num_decode_gpu as number;
      const expectedGpus = !r.disagg || noSplitRecorded(r) ? (r.decode_tp as number) : prefillGpus + decodeGpus;
      expect({ id: p.id, gpuCount: p.gpuCount }).toEqual({ id: p.id, gpuCount: expectedGpus });
      expect(p.metrics.tokPerSecPerGpu).toBe(r.metrics.tput_per_gpu);
      expect(p.metrics.tokPerSecPerUser).toBe(r.metrics.median_intvty);
      // Input/output per GPU of the whole deployment: disagg pools rescaled, unknown splits null.
      const inRaw = r.metrics.input_tput_per_gpu ?? null;
      const outRaw = r.metrics.output_tput_per_gpu ?? null;
      const [inExp, outExp] = noSplitRecorded(r)
        ? [null, null]
        : r.disagg
          ? [
              inRaw === null ? null : (inRaw * prefillGpus) / expectedGpus,
              outRaw === null ? null : (outRaw * decodeGpus) / expectedGpus,
            ]
          : [inRaw, outRaw];
      const close = (a: number | null, b: number | null) =>
        a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.abs(b);
      expect({ id: p.id, input: close(p.metrics.inputTokPerSecPerGpu, inExp) }).toEqual({ id: p.id, input: true });
      expect({ id: p.id, output: close(p.metrics.outputTokPerSecPerGpu, outExp) }).toEqual({ id: p.id, output: true });
      expect(p.metrics.medianTpotSec).toBe(r.metrics.median_tpot ?? null);
      expect(p.metrics.p90TtftSec).toBe(r.metrics.p90_ttft ?? null);
      expect(p.runUrl).toBe(r.run_url);
    }
  });

  it('single-node points never add prefill and decode GPUs', () => {
    const single = points.filter((p) => !p.disagg);
    expect(single.length).toBe(keptRaw.filter((r) => r.disagg === false).length);
    expect(single.length).toBe(198);
    for (const p of single) expect([p.prefill?.gpus, p.decode?.gpus]).toEqual([p.gpuCount, p.gpuCount]);
    expect(Math.max(...single.map((p) => p.gpuCount ?? 0))).toBe(8); // one 8-GPU node at most
  });

  it('shipped input + output = tput_per_gpu on every kept disaggregated row (1e-6 relative)', () => {
    // Upstream divides input over prefill GPUs and output over decode GPUs for disagg rows; the
    // ingest puts both over all GPUs, so they must add up to upstream's own total.
    const disagg = points.filter((p) => p.disagg && p.gpuCountNote === null);
    expect(disagg.length).toBe(keptRaw.filter((r) => r.disagg === true).length - independentlyFlagged.length);
    expect(disagg.length).toBeGreaterThan(200);
    const mismatched = disagg.filter((p) => {
      const { inputTokPerSecPerGpu: inp, outputTokPerSecPerGpu: out } = p.metrics;
      const tput = rawRows[Number(p.id.split('#')[1])]!.metrics.tput_per_gpu!;
      return inp === null || out === null || !(Math.abs((inp + out) / tput - 1) <= 1e-6);
    });
    expect(mismatched.map((p) => p.id)).toEqual([]);
  });

  it('shipped input + output = tput_per_gpu on single-node rows too; null only where unknown', () => {
    const single = points.filter((p) => !p.disagg);
    const mismatched = single.filter((p) => {
      const { inputTokPerSecPerGpu: inp, outputTokPerSecPerGpu: out, tokPerSecPerGpu: total } = p.metrics;
      return inp !== null && out !== null && !(Math.abs((inp + out) / total - 1) <= 1e-6);
    });
    expect(mismatched.map((p) => p.id)).toEqual([]);
    // Rows 5 and 6 have no split upstream; the flagged rows have one we cannot spread.
    expect(
      points
        .filter((p) => p.metrics.inputTokPerSecPerGpu === null)
        .map((p) => p.id)
        .sort(),
    ).toEqual([5, 6, ...independentlyFlagged].map((i) => `latest-2026-06-14#${i}`).sort());
  });

  it('default GPU cost/power set is the one valid on the newest point', () => {
    expect(gpuSpecs.defaultSetId).toBe('A');
    const a = gpuSpecsIn.epochs.find((e) => e.id === 'A')!;
    expect(a.validUntil > manifest.dates.last).toBe(true);
    expect(gpuSpecs.defaultReason).toContain(manifest.dates.last);
    expect(gpuSpecs.sets.map((s) => s.id)).toEqual(gpuSpecsIn.epochs.map((e) => e.id));
    expect(gpuSpecs.sets.find((s) => s.id === 'A')!.gpus.mi355x).toEqual({
      kwPerGpu: 2.65,
      usdPerGpuHour: { costh: 1.48, costn: 1.9, costr: 2.1 },
    });
    const setA = gpuSpecs.sets.find((s) => s.id === 'A')!;
    expect(manifest.hardware.filter((h) => setA.gpus[h.key] === undefined)).toEqual([]);
  });
});
