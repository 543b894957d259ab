import { ENGINES, type SequenceKey, type SpecMethod } from '../../domain/catalog';
import type { BenchmarkPoint } from '../../data/schema';
import type { ParsedOwnFile } from '../../data/own/records';
import type { OwnFile } from '../../data/own/store';
import { ownPoints, sequenceHint, type OwnSetup, type Placement } from '../../data/own/to-points';

/**
 * The "what the file cannot tell" form, as data: its fields as the user types them (strings
 * where an input holds text), prefilled from the file, and turned into a setup only when every
 * field is valid. Pure.
 */
export interface SetupDraft {
  label: string;
  model: string;
  hardware: string;
  /** As typed; a positive whole number to be valid. */
  gpuCount: string;
  disagg: boolean;
  engine: string;
  precision: string;
  specMethod: SpecMethod;
  sequence: SequenceKey;
  /** YYYY-MM-DD. */
  date: string;
}

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * The manifest model a file's `model_id` names: its display name ("DeepSeek-R1-0528") or key
 * inside the id, ignoring case and punctuation ("deepseek-ai/DeepSeek-R1-0528" matches); null
 * when none does (gpt-oss-120b is not a published model).
 */
export function matchModel(
  modelId: string | null,
  models: readonly { key: string; displayName: string }[],
): string | null {
  if (!modelId) return null;
  const id = squash(modelId);
  return (
    models.find((m) => squash(m.displayName) !== '' && id.includes(squash(m.displayName)))?.key ??
    models.find((m) => squash(m.key) !== '' && id.includes(squash(m.key)))?.key ??
    null
  );
}

/**
 * The engine a file's `backend` names, among the catalog's engines: "sglang", "sglang-oai" and
 * "vllm" do; "openai" (vLLM's OpenAI-compatible client, any server behind it) names none.
 */
export function matchEngine(backend: string | null): string | null {
  if (!backend) return null;
  const b = backend.toLowerCase().replace(/-(oai|chat|openai)$/, '');
  const aliases: Record<string, string> = { 'tensorrt-llm': 'trt', trtllm: 'trt', 'tensorrt-llm-backend': 'trt' };
  const key = aliases[b] ?? b;
  return ENGINES.some((e) => e.key === key) ? key : null;
}

/** "vllm-gpt-oss-120b.jsonl" → "vllm-gpt-oss-120b". */
export function labelFromName(name: string): string {
  return name.replace(/\.[^.]*$/, '') || name;
}

/**
 * The form as it opens for a parsed file: the model from the file's model id when it matches
 * one (else the page's), the engine from its backend when it matches one, the sequence from
 * its token counts (else the page's), the date from the file (else `today`), the GPU count from
 * the file when it says (a CSV `gpus` column). GPU and precision are left for the user.
 */
export function prefillDraft(
  parsed: ParsedOwnFile,
  ctx: {
    fileName: string;
    models: readonly { key: string; displayName: string }[];
    pageModel: string;
    pageSequence: SequenceKey;
    today: string;
  },
): SetupDraft {
  const { hints } = parsed;
  return {
    label: labelFromName(ctx.fileName),
    model: matchModel(hints.modelId, ctx.models) ?? ctx.pageModel,
    hardware: '',
    gpuCount: hints.gpuCount === null ? '' : String(hints.gpuCount),
    disagg: false,
    engine: matchEngine(hints.backend) ?? '',
    precision: '',
    specMethod: 'none',
    sequence: sequenceHint(parsed) ?? ctx.pageSequence,
    date: hints.date ?? ctx.today,
  };
}

/** The setup a draft describes, or what is still missing or wrong, in words. */
export function draftToSetup(
  draft: SetupDraft,
): { ok: true; model: string; setup: OwnSetup } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const gpus = Number(draft.gpuCount.trim());
  if (draft.label.trim() === '') problems.push('a label is needed');
  if (draft.model === '') problems.push('pick the model');
  if (draft.hardware === '') problems.push('pick the GPU');
  if (draft.gpuCount.trim() === '' || !Number.isInteger(gpus) || gpus <= 0)
    problems.push('the GPU count must be a whole number above zero');
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(draft.engine)) problems.push('pick or type the engine (lower case, e.g. vllm)');
  if (draft.precision === '') problems.push('pick the precision');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date)) problems.push('the date must be YYYY-MM-DD');
  if (problems.length > 0) return { ok: false, problems };
  const { model, label, gpuCount: _count, ...rest } = draft;
  return { ok: true, model, setup: { ...rest, label: label.trim(), gpuCount: gpus } };
}

/**
 * The record kept for a file: its points placed with the setup (each checked by the shipped
 * schema), and every problem, the file's and the placement's, by row and field.
 */
export function ownFileRecord(input: {
  id: string;
  name: string;
  bytes: number;
  addedAt: string;
  parsed: ParsedOwnFile;
  model: string;
  setup: OwnSetup;
  /** The runs already placed with this setup (`ownPointsInSteps`); placed here when not given. */
  placed?: Placement;
}): { file: OwnFile; warnings: string[] } {
  const { id, name, bytes, addedAt, parsed, model, setup } = input;
  const placed = input.placed ?? ownPoints(parsed, setup, id);
  const points: BenchmarkPoint[] = placed.points;
  return {
    file: {
      id,
      name,
      bytes,
      addedAt,
      format: parsed.format,
      model,
      sequence: setup.sequence,
      setup,
      points,
      problems: [...parsed.problems, ...placed.problems],
      runsRead: parsed.runsRead,
    },
    warnings: placed.warnings,
  };
}
