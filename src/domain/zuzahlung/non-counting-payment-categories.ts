import { categoryInfo } from './payment-category-info';

// Own shares that are no Zuzahlung under § 61 SGB V and so never count toward the limit
// (rules.md § 6; krankenkasseninfo.de, awo-dillenburg.de, viactiv, test.de).
export const nonCountingPaymentCategories = {
  dentures: categoryInfo(
    false,
    'none',
    ['Eigenanteil Zahnersatz / Kieferorthopädie', 'Own share for dentures / orthodontics'],
    [
      'Zählt nicht: ein Eigenanteil, keine Zuzahlung nach § 61 SGB V (rules.md § 6).',
      'Does not count: an own share, not a co-payment under § 61 SGB V (rules.md § 6).',
    ],
  ),
  aboveFixedPrice: categoryInfo(
    false,
    'none',
    ['Mehrkosten über dem Festbetrag', 'Costs above the fixed price (Festbetrag)'],
    [
      'Zählt nicht: Mehrkosten über dem Festbetrag sind keine Zuzahlung (rules.md § 6).',
      'Does not count: costs above the Festbetrag are not a co-payment (rules.md § 6).',
    ],
  ),
  igel: categoryInfo(
    false,
    'none',
    ['Individuelle Gesundheitsleistungen (IGeL)', 'Individual health services (IGeL)'],
    [
      'Zählt nicht: IGeL sind keine Kassenleistung (rules.md § 6).',
      'Does not count: IGeL are not covered by the insurer (rules.md § 6).',
    ],
  ),
  noPrescription: categoryInfo(
    false,
    'none',
    ['Ohne Verordnung gekauft', 'Bought without prescription'],
    [
      'Zählt nicht: ohne Verordnung Gekauftes ist keine Kassenleistung (rules.md § 6).',
      'Does not count: anything bought without prescription is not covered (rules.md § 6).',
    ],
  ),
  everydayItemShare: categoryInfo(
    false,
    'none',
    ['Eigenanteil für Gebrauchsgegenstände', 'Own share for everyday items'],
    [
      'Zählt nicht: Eigenanteil für Hilfsmittel, die auch Gebrauchsgegenstände sind, z. B. orthopädische Schuhe (rules.md § 6).',
      'Does not count: own share for aids that are also everyday items, e.g. orthopaedic shoes (rules.md § 6).',
    ],
  ),
  artificialInseminationShare: categoryInfo(
    false,
    'none',
    ['Eigenanteil künstliche Befruchtung', 'Own share for artificial insemination'],
    [
      'Zählt nicht: Eigenanteil nach § 27a SGB V, keine Zuzahlung (rules.md § 6).',
      'Does not count: own share under § 27a SGB V, not a co-payment (rules.md § 6).',
    ],
  ),
} as const;
