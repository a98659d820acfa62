import { formatDate, formatDateTime } from './antrag-format';
import type { AntragContent } from './antrag-content';
import type { AntragMessages } from './antrag-messages';
import type { AntragSection } from './antrag-section';

/** The applicant's choice how the Bescheid is made known, in the PDF's words (null: not answered = post only). */
export const notificationChoice = (
  m: AntragMessages,
  electronicNotification: AntragContent['electronicNotification'],
): string =>
  electronicNotification === null
    ? m.notification.none
    : electronicNotification
      ? m.notification.retrieval
      : m.notification.post;

/**
 * Sections 8 and 9: the declarations (in the applicant's first person, as confirmed on the check
 * page) and how the Bescheid is to be made known (§ 37 Abs. 2a SGB X), then how the application
 * was made. It is always sent online, so there is no signature line: the day and time it was made
 * (Berlin) and to whom it went take its place.
 */
export const renderDeclarations = ({ flow, content, m, language, yesNo }: AntragSection): void => {
  flow.heading(m.sections.declarations);
  content.declarations.forEach((declaration, index) => {
    const f = `erklaerung.${index + 1}`;
    const box = declaration.accepted ? '☑' : '☐';
    flow.row(
      [
        {
          text: box,
          width: 16,
          field: `${f}.bestaetigt`,
          fieldValue: yesNo(declaration.accepted),
        },
        { text: declaration.text, width: flow.width - 16, field: `${f}.text` },
      ],
      { size: 9 },
    );
  });
  const label = 150;
  flow.row([
    { text: m.notification.label, width: label, gray: 0.35 },
    {
      text: notificationChoice(m, content.electronicNotification),
      width: flow.width - label,
      field: 'bescheid.bekanntgabe',
    },
  ]);
  const s = m.submission;
  flow.heading(m.sections.submission);
  // The field names stay unterschrift.* so back-office tools keep reading place and date.
  flow.row([
    { text: s.submittedOn, width: label, gray: 0.35 },
    {
      text: formatDateTime(content.createdAt, language),
      width: flow.width - label,
      field: 'unterschrift.datum',
      fieldValue: formatDate(content.signature.date, language),
    },
  ]);
  if (content.signature.place !== '') {
    flow.row([
      { text: s.place, width: label, gray: 0.35 },
      { text: content.signature.place, width: flow.width - label, field: 'unterschrift.ort' },
    ]);
  }
  flow.row([
    { text: s.channel, width: label, gray: 0.35 },
    { text: s.electronic(content.insurerName), width: flow.width - label },
  ]);
};
