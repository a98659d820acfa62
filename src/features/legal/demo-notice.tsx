import { useMessages } from '../../i18n/feature-messages';
import { legalMessages } from './legal-messages';

/** Said at the top of every legal page: nobody should write to, or rely on, the example contacts. */
export function DemoNotice() {
  const m = useMessages(legalMessages);
  return <p className="notice">{m('demo.notice')}</p>;
}
