import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layers of `src/` and the lint rules that guard them. Two checks, because each can fail
 * without the other: the lint boundary (what an editor shows while typing) is tested by
 * feeding oxlint files that break it, and the whole import graph (value and type imports) is
 * parsed here and held to the layer table and to "no cycles".
 */

const root = resolve(import.meta.dirname, '../..');
const src = join(root, 'src');

/** Each layer and the layers it may import from (itself included). */
const MAY_IMPORT: Record<string, readonly string[]> = {
  math: ['math'],
  domain: ['domain', 'math'],
  data: ['data', 'domain', 'math'],
  state: ['state', 'data', 'domain', 'math'],
  components: ['components', 'state', 'data', 'domain', 'math'],
  features: ['features', 'components', 'state', 'data', 'domain', 'math'],
  app: ['app', 'features', 'components', 'state', 'data', 'domain', 'math'],
};

/**
 * Imports that cross a layer the wrong way today, in files this change did not own. Each is
 * `importer -> imported`, both relative to `src/`. The lead empties this list after merging
 * the fixes named beside each entry; an entry that no longer occurs fails the test, so the
 * list cannot go stale.
 */
const KNOWN_VIOLATIONS: readonly string[] = [];

/**
 * Cycles present today in files this change did not own (each a sorted list of files), on
 * the same terms as KNOWN_VIOLATIONS. `.oxlintrc.json` exempts the same files.
 */
const KNOWN_CYCLES: readonly (readonly string[])[] = [];

/** Every .ts/.tsx file under `dir`, as absolute paths. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/**
 * The module specifiers a file imports: `import … from`, `import type … from`, `export … from`,
 * side-effect imports and `import('…')`. The code is prettier-formatted (single quotes, one
 * statement per line start), which is what the patterns rely on.
 */
function importSpecifiers(code: string): string[] {
  const found: string[] = [];
  const patterns = [
    /^\s*(?:import|export)\s[^;]*?\sfrom\s+'([^']+)'/gm,
    /^\s*import\s+'([^']+)'/gm,
    /\bimport\(\s*'([^']+)'\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of code.matchAll(pattern)) found.push(match[1]!);
  return found;
}

/** The file a relative specifier names, or null when it names none (a package, or a file outside the tree). */
function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

const layerOf = (path: string): string => relative(src, path).split('/')[0]!;

/** `src`-relative importer → `src`-relative imported files, for every import inside `src/`. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(src)) {
    const targets: string[] = [];
    for (const specifier of importSpecifiers(readFileSync(file, 'utf8'))) {
      const target = resolveImport(file, specifier);
      if (specifier.startsWith('.') && target === null) throw new Error(`${file}: cannot resolve '${specifier}'`);
      if (target && target.startsWith(`${src}/`)) targets.push(relative(src, target));
    }
    graph.set(relative(src, file), targets);
  }
  return graph;
}

/** Every cycle's files (strongly connected components of more than one file, or a self-import). */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  // Tarjan's algorithm, iterative over the call stack so deep chains cannot overflow it.
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (start: string) => {
    const work: [string, number][] = [[start, 0]];
    index.set(start, next);
    low.set(start, next++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const [node, i] = frame;
      const edges = graph.get(node) ?? [];
      if (i < edges.length) {
        frame[1] = i + 1;
        const to = edges[i]!;
        if (!index.has(to)) {
          index.set(to, next);
          low.set(to, next++);
          stack.push(to);
          onStack.add(to);
          work.push([to, 0]);
        } else if (onStack.has(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent[0], Math.min(low.get(parent[0])!, low.get(node)!));
      if (low.get(node) === index.get(node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== node);
        if (component.length > 1 || edges.includes(node)) found.push(component.sort());
      }
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

/** `importer -> imported` for every import that leaves the importer's allowed layers. */
function layerViolations(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const violations: string[] = [];
  for (const [file, targets] of graph) {
    const allowed = MAY_IMPORT[layerOf(join(src, file))];
    if (!allowed) throw new Error(`${file}: src/${layerOf(join(src, file))} is not a known layer`);
    for (const target of targets)
      if (!allowed.includes(layerOf(join(src, target)))) violations.push(`${file} -> ${target}`);
  }
  return violations.sort();
}

describe('the import graph of src/', () => {
  const graph = importGraph();

  it('is read completely: every file, value and type imports alike', () => {
    // Spot checks that the parser sees each form of import the code uses.
    expect(graph.get('app/routes.tsx')).toContain('app/page-modules.ts');
    expect(graph.get('app/page-modules.ts')).toContain('features/catalog/catalog-page.tsx');
    expect(graph.get('app/page-modules.ts')).toContain('features/inference/inference-page.tsx');
    expect(graph.get('data/queries.ts')).toContain('data/schema.ts');
    expect(graph.size).toBeGreaterThan(100);
  });

  it('has no cycles, type-only imports included (except the listed known ones)', () => {
    expect(cycles(graph).sort()).toEqual([...KNOWN_CYCLES].sort());
  });

  it('follows the layer table (except the listed known violations)', () => {
    expect(layerViolations(graph)).toEqual([...KNOWN_VIOLATIONS].sort());
  });

  it('src/math imports no package outside its tests', () => {
    const packages = sourceFiles(join(src, 'math'))
      .filter((file) => !file.endsWith('.test.ts'))
      .flatMap((file) =>
        importSpecifiers(readFileSync(file, 'utf8'))
          .filter((s) => !s.startsWith('.'))
          .map((s) => `${relative(src, file)} -> ${s}`),
      );
    expect(packages).toEqual([]);
  });
});

describe('the graph checks themselves', () => {
  it('parse every form of import', () => {
    const code = [
      "import { a } from './a';",
      "import type { B } from '../b/b';",
      'import {',
      '  c,',
      '  type D,',
      "} from './c';",
      "export { e } from './e';",
      "export type { F } from './f';",
      "import './g.css';",
      "const h = () => import('./h');",
      "const text = 'not an import from ./x';",
    ].join('\n');
    expect(importSpecifiers(code).sort()).toEqual(['../b/b', './a', './c', './e', './f', './g.css', './h']);
  });

  it('find a cycle through a type-only edge, and none in a chain', () => {
    expect(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
          ['d', ['a']],
        ]),
      ),
    ).toEqual([['a', 'b', 'c']]);
    expect(cycles(new Map([['a', ['a']]]))).toEqual([['a']]);
    expect(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', []],
        ]),
      ),
    ).toEqual([]);
  });
});

/** Runs oxlint with the project's config on `files` (relative to the repository). */
function lint(files: readonly string[]) {
  const bin = join(root, 'node_modules/.bin/oxlint');
  const run = spawnSync(bin, ['--deny-warnings', ...files], { cwd: root, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/**
 * Writes `files` (path relative to `src/` → code) into `src/`, runs `run` on their paths and
 * removes them, whatever happens. `{id}` in a path or in code becomes a name unique to this
 * run, so two runs at once cannot see each other's files.
 */
function withTemporaryFiles<T>(files: Record<string, string>, run: (paths: string[]) => T): T {
  const id = `zz-probe-${process.pid}`;
  const written: string[] = [];
  try {
    for (const [path, code] of Object.entries(files)) {
      const full = join(src, path.replaceAll('{id}', id));
      written.push(full);
      writeFileSync(full, code.replaceAll('{id}', id));
    }
    return run(written.map((full) => relative(root, full)));
  } finally {
    for (const full of written) rmSync(full, { force: true });
  }
}

describe('the lint boundary fires', () => {
  it.each<[string, string, string, RegExp]>([
    ['math', 'math/{id}.ts', "import { useState } from 'react';\nexport const x = useState;\n", /'react'/],
    ['math', 'math/{id}.ts', "import type { X } from '../../state/x';\nexport type Y = X;\n", /'\.\.\/\.\.\/state\/x'/],
    [
      'math',
      'math/{id}.ts',
      "import { parse } from '../data/validate';\nexport const p = parse;\n",
      /'\.\.\/data\/validate'/,
    ],
    [
      'domain',
      'domain/{id}.ts',
      "import type { Manifest } from '../data/schema';\nexport type M = Manifest;\n",
      /'\.\.\/data\/schema'/,
    ],
    [
      'data',
      'data/ingest/{id}.ts',
      "import type { S } from '../../state/selection-store';\nexport type T = S;\n",
      /'\.\.\/\.\.\/state\/selection-store'/,
    ],
    [
      'state',
      'state/{id}.ts',
      "import { Select } from '../components/select';\nexport const s = Select;\n",
      /'\.\.\/components\/select'/,
    ],
    [
      'components',
      'components/{id}.ts',
      "import { x } from '../features/inference/series';\nexport const y = x;\n",
      /'\.\.\/features\/inference\/series'/,
    ],
    [
      'features',
      'features/compare/{id}.ts',
      "import { AppRoutes } from '../../app/routes';\nexport const r = AppRoutes;\n",
      /'\.\.\/\.\.\/app\/routes'/,
    ],
  ])('in src/%s (%s): an import across the boundary is rejected', (_layer, path, code, named) => {
    const { status, output } = withTemporaryFiles({ [path]: code }, (paths) => lint(paths));
    expect(status).not.toBe(0);
    expect(output).toMatch(/no-restricted-imports/);
    expect(output).toMatch(named);
  });

  it('accepts a file that imports only what its layer may', () => {
    const { status, output } = withTemporaryFiles(
      {
        'domain/{id}.ts': "import { isFiniteNumber } from '../math/numeric';\nexport const c = isFiniteNumber;\n",
      },
      (paths) => lint(paths),
    );
    expect(output).not.toMatch(/no-restricted-imports/);
    expect(status).toBe(0);
  });

  it('rejects an import cycle made only of type imports', () => {
    const { status, output } = withTemporaryFiles(
      {
        'domain/{id}-a.ts': "import type { B } from './{id}-b';\nexport type A = { b: B };\n",
        'domain/{id}-b.ts': "import type { A } from './{id}-a';\nexport type B = { a: A | null };\n",
      },
      (paths) => lint(paths),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/import\(no-cycle\)/);
  });
});
