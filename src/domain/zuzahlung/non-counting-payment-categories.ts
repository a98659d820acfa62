import { categoryInfo } from './payment-category-info';

// Own shares that are no Zuzahlung under § 61 SGB V and so never count toward the limit
// (docs/rules/rules.md § 6; docs/rules/sources.md § 6). The explanations are what the applicant reads.
export const nonCountingPaymentCategories = {
  dentures: categoryInfo(
    false,
    'none',
    ['Eigenanteil Zahnersatz / Kieferorthopädie', 'Own share for dentures / orthodontics'],
    [
      'Zählt nicht. Das ist ein Eigenanteil, keine Zuzahlung.',
      'Does not count. This is an own share, not a co-payment.',
    ],
    '§ 55 SGB V; § 29 SGB V; § 61 SGB V',
  ),
  aboveFixedPrice: categoryInfo(
    false,
    'none',
    ['Mehrkosten über dem Festbetrag', 'Costs above the fixed price (Festbetrag)'],
    [
      'Zählt nicht. Mehrkosten über dem Festbetrag sind keine Zuzahlung.',
      'Does not count. Costs above the fixed price are not a co-payment.',
    ],
    '§ 31 Abs. 2 SGB V; § 33 SGB V; § 61 SGB V',
  ),
  igel: categoryInfo(
    false,
    'none',
    ['Individuelle Gesundheitsleistungen (IGeL)', 'Individual health services (IGeL)'],
    [
      'Zählt nicht. Die Krankenkasse bezahlt diese Leistungen nicht.',
      'Does not count. The health insurer does not pay for these services.',
    ],
    '§ 61 SGB V; § 62 Abs. 1 SGB V',
  ),
  noPrescription: categoryInfo(
    false,
    'none',
    ['Ohne Verordnung gekauft', 'Bought without prescription'],
    [
      'Zählt nicht. Ohne Verordnung bezahlt die Krankenkasse nichts.',
      'Does not count. Without a prescription the health insurer pays nothing.',
    ],
    '§ 61 SGB V; § 62 Abs. 1 SGB V',
  ),
  everydayItemShare: categoryInfo(
    false,
    'none',
    ['Eigenanteil für Gebrauchsgegenstände', 'Own share for everyday items'],
    [
      'Zählt nicht. Das ist ein Eigenanteil für Dinge, die man auch im Alltag braucht. Ein Beispiel sind orthopädische Schuhe.',
      'Does not count. This is an own share for things also used in everyday life. Orthopaedic shoes are an example.',
    ],
    '§ 33 SGB V; § 61 SGB V',
  ),
  artificialInseminationShare: categoryInfo(
    false,
    'none',
    ['Eigenanteil künstliche Befruchtung', 'Own share for artificial insemination'],
    [
      'Zählt nicht. Das ist ein Eigenanteil, keine Zuzahlung.',
      'Does not count. This is an own share, not a co-payment.',
    ],
    '§ 27a SGB V; § 61 SGB V',
  ),
} as const;
