import { formatAddress, formatDate } from './antrag-format';
import type { AntragSection } from './antrag-section';

const labelWidth = 175;

/** Section 1: to which insurer, who applies, who represents them, where a refund goes. */
export const renderApplicant = ({ flow, content, m, language }: AntragSection): void => {
  const { applicant } = content;
  const a = m.applicant;
  const row = (label: string, value: string, field: string) =>
    flow.row([
      { text: label, width: labelWidth, gray: 0.35 },
      { text: value, width: flow.width - labelWidth, field },
    ]);
  flow.heading(m.sections.applicant);
  row(m.insurer, content.insurerName, 'antrag.krankenkasse');
  // A further application (documents sent later, a changed household) names the first one's reference first.
  if (content.furtherApplicationTo !== null) {
    row(a.furtherApplication, content.furtherApplicationTo, 'antrag.weiterer_antrag_zu');
  }
  row(a.name, applicant.name, 'antragsteller.name');
  row(a.birthDate, formatDate(applicant.birthDate, language), 'antragsteller.geburtsdatum');
  row(a.kvnr, applicant.kvnr, 'antragsteller.kvnr');
  row(a.address, formatAddress(applicant.address), 'antragsteller.anschrift');
  row(a.phone, applicant.phone ?? '–', 'antragsteller.telefon');
  row(a.email, applicant.email ?? '–', 'antragsteller.email');
  const representative = applicant.representative;
  if (representative) {
    row(a.representative, representative.name, 'antragsteller.vertretung.name');
    row('', a.representativeKind[representative.kind], 'antragsteller.vertretung.art');
    if (representative.address) {
      row('', formatAddress(representative.address), 'antragsteller.vertretung.anschrift');
    }
  }
  row(a.iban, applicant.bank?.iban ?? '–', 'antragsteller.iban');
  row(a.holder, applicant.bank?.holder ?? '–', 'antragsteller.kontoinhaber');
};
