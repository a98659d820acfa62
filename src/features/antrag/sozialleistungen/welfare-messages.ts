import { defineMessages } from '../../../i18n/feature-messages';

// The flat rule of § 62 Abs. 2 S. 5–6 SGB V: on these benefits the whole household's limit is computed from
// 12 × Regelbedarfsstufe 1 instead of the incomes. The benefit names themselves come from the domain
// (welfareLabels); the hints say who pays them, which is how people recognise their own notice.
export const welfareMessages = defineMessages(
  {
    caption: 'Sozialleistungen',
    'kind.title': 'Erhält jemand in Ihrem Haushalt eine dieser Leistungen?',
    'kind.hint':
      'Dann gilt für Ihren ganzen Haushalt ein fester Betrag statt der Einnahmen: 12-mal der Regelbedarf der Regelbedarfsstufe 1 (§ 62 Abs. 2 S. 5–6 SGB V), für {year} {amount}. Den Abschnitt „Einnahmen“ brauchen Sie dann nicht auszufüllen.',
    'kind.hint.provisional':
      'Dann gilt für Ihren ganzen Haushalt ein fester Betrag statt der Einnahmen: 12-mal der Regelbedarf der Regelbedarfsstufe 1 (§ 62 Abs. 2 S. 5–6 SGB V), für {year} voraussichtlich {amount}. Den Abschnitt „Einnahmen“ brauchen Sie dann nicht auszufüllen.',
    'kind.hint.none': 'Zum Beispiel wenn Sie Rente, Lohn, Arbeitslosengeld oder Wohngeld bekommen.',
    'kind.hint.buergergeld': 'Vom Jobcenter, für erwerbsfähige Menschen und ihre Familien.',
    'kind.hint.sozialhilfe': 'Vom Sozialamt, zum Beispiel wenn jemand für einige Zeit nicht arbeiten kann.',
    'kind.hint.grundsicherung':
      'Vom Sozialamt, ab der Altersgrenze für die Rente oder bei dauerhaft voller Erwerbsminderung.',
    'kind.hint.heimunterbringung':
      'Das Sozialamt oder die Kriegsopferfürsorge trägt die Kosten für ein Heim oder eine ähnliche Einrichtung (§ 62 Abs. 2 S. 6 SGB V).',
    'notice.title': 'Laden Sie den aktuellen Bescheid hoch',
    'notice.intro':
      'Der Bescheid zeigt Ihrer Krankenkasse, dass für Sie der feste Betrag gilt. Sie brauchen dann keine Nachweise über Einnahmen.',
    'notice.label': 'Bescheid: {benefit}',
    'notice.hint':
      'Ein Foto oder PDF des Bescheids, der für {year} gilt, mit allen Seiten. Schwärzen dürfen Sie Angaben, die nichts mit der Leistung zu tun haben.',
  },
  {
    caption: 'Social benefits',
    'kind.title': 'Does anyone in your household receive one of these benefits?',
    'kind.hint':
      'Then a fixed amount applies to your whole household instead of the income: 12 times the standard rate of Regelbedarfsstufe 1 (§ 62 Abs. 2 S. 5–6 SGB V), for {year} {amount}. You then do not need to fill in the “Income” section.',
    'kind.hint.provisional':
      'Then a fixed amount applies to your whole household instead of the income: 12 times the standard rate of Regelbedarfsstufe 1 (§ 62 Abs. 2 S. 5–6 SGB V), for {year} probably {amount}. You then do not need to fill in the “Income” section.',
    'kind.hint.none': 'For example if you receive a pension, wages, unemployment benefit or housing benefit.',
    'kind.hint.buergergeld': 'From the Jobcenter, for people able to work and their families.',
    'kind.hint.sozialhilfe':
      'From the social-welfare office, for example when someone cannot work for a while.',
    'kind.hint.grundsicherung':
      'From the social-welfare office, from pension age or with a permanent full reduction in earning capacity.',
    'kind.hint.heimunterbringung':
      'The social-welfare office or war victims’ welfare pays for a care home or similar institution (§ 62 Abs. 2 S. 6 SGB V).',
    'notice.title': 'Upload the current notice (Bescheid)',
    'notice.intro':
      'The notice shows your health insurer that the fixed amount applies to you. You then need no proof of income.',
    'notice.label': 'Notice: {benefit}',
    'notice.hint':
      'A photo or PDF of the notice that applies to {year}, with all pages. You may black out details unrelated to the benefit.',
  },
);
