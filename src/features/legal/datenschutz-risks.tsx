import { useMessages } from '../../i18n/feature-messages';
import { datenschutzMessages } from './datenschutz-messages';
import { riskAnchors } from './datenschutz-sections';

/** Risks no encryption can cover: what the device itself shows or keeps (TR-03161 O.Data_12/13, O.Plat_7). */
export function DatenschutzRisks() {
  const m = useMessages(datenschutzMessages);
  return (
    <>
      <h2 id="risiken">{m('risks.title')}</h2>
      <p>{m('risks.p')}</p>

      <h3 id={riskAnchors.screenshots}>{m('risks.screenshots.title')}</h3>
      <p>{m('risks.screenshots.p1')}</p>
      <p>{m('risks.screenshots.p2')}</p>
      <p>{m('risks.screenshots.p3')}</p>

      <h3 id={riskAnchors.unlocked}>{m('risks.unlocked.title')}</h3>
      <p>{m('risks.unlocked.p1')}</p>
      <p>{m('risks.unlocked.p2')}</p>
      <p>{m('risks.unlocked.p3')}</p>

      <h3 id={riskAnchors.memory}>{m('risks.memory.title')}</h3>
      <p>{m('risks.memory.p')}</p>
    </>
  );
}
