import { Notice } from '../../components/notice';
import { runDatesMatching, useRunDates } from '../../data/run-dates';
import type { Manifest } from '../../data/schema';
import type { SpecDecodeSelection } from '../../state/pages/spec-decode';
import { missingSidesMessage } from '../compare/as-of';
import { MTP_LABEL, type SpecDecodeViewModel } from './view-model';

interface MissingSidesProps {
  vm: SpecDecodeViewModel;
  selection: SpecDecodeSelection;
  manifest: Manifest;
}

/**
 * Says which side has no points for this choice. As of a day it names that day and, once the
 * run-dates file is in, the side's first run for this choice; the other side stays drawn.
 */
export function MissingSidesNotice({ vm, selection, manifest }: MissingSidesProps) {
  const { file } = useRunDates(manifest, selection.model);
  const names = vm.missingSides.join(' or ');
  if (selection.asOf === null) {
    return (
      <Notice tone="info" title={`No ${names} runs for this choice`}>
        <p>
          {vm.hardwareLabel} {vm.precisionLabel} has no {names} points for {vm.sequenceLabel} with {vm.engineLabel}.
          Pick another sequence or engine; the chart shows what was measured.
        </p>
      </Notice>
    );
  }
  const firstRun = (label: string) => {
    if (!file) return undefined;
    const dates = runDatesMatching(file, {
      hardware: selection.hardware,
      precisions: [selection.precision],
      sequence: selection.sequence,
      engine: selection.engine,
      specMethod: label === MTP_LABEL ? 'mtp' : 'none',
    });
    // Newest first: the oldest is the first run.
    return dates.length > 0 ? dates[dates.length - 1]! : null;
  };
  const engine = selection.engine === null ? '' : `, ${vm.engineLabel}`;
  const message = missingSidesMessage({
    sides: vm.missingSides.map((label) => ({ label, firstRun: firstRun(label) })),
    asOf: selection.asOf,
    what: `${vm.hardwareLabel} ${vm.precisionLabel} (${vm.sequenceLabel}${engine})`,
  });
  return (
    <Notice tone="info" title={message.title}>
      <p data-testid="missing-sides">
        {message.text} The chart shows what was measured by then; pick a later day or the latest view.
      </p>
    </Notice>
  );
}
