import { createPageStore } from '../state/page-store';
import { CorrectionsNotice } from './corrections-notice';

/** The state of a page that takes no query parameters: any it is given is reported and dropped. */
const plainAddress = createPageStore<object, null, object>({ params: [], base: () => ({}), actions: () => ({}) });

function Corrections() {
  const { corrections, dismiss } = plainAddress.useCorrections();
  return <CorrectionsNotice corrections={corrections} onDismiss={dismiss} />;
}

/** For pages without parameters (the catalog, the comparison index): says what of the link was ignored. */
export function PlainAddressNotice() {
  return (
    <plainAddress.PageStateProvider available={null}>
      <Corrections />
    </plainAddress.PageStateProvider>
  );
}
