import type { MemberPartSummary } from '../../../domain/member-part/member-part-summary';
import { formatMoney } from '../../../domain/money/format-money';
import { useMessages } from '../../../i18n/feature-messages';
import { pluralKey } from '../../../i18n/plural';
import { useI18n } from '../../../i18n/use-i18n';
import { memberMessages } from './member-messages';

/**
 * What the applicant sees of a member's own part (issue 14): the counted income, how many co-payments and their
 * sum, and whether the 1 % limit applies — the summary the server gives, never receipts, providers or diagnoses.
 */
export function PartFigures({ part }: { part: MemberPartSummary }) {
  const m = useMessages(memberMessages);
  const { language } = useI18n();
  const locale = language === 'en' ? 'en' : 'de';
  const count = part.coPayments.length;
  const sum = part.coPayments.reduce((total, payment) => total + payment.amountCents, 0);
  return (
    <ul className="bullets">
      <li>{m('invite.part.income', { amount: formatMoney(part.incomeCents, locale) })}</li>
      <li>
        {count === 0
          ? m('invite.part.noPayments')
          : m(pluralKey('invite.part.payments', count), { count, amount: formatMoney(sum, locale) })}
      </li>
      {part.reducedRate && <li>{m('invite.part.reducedRate')}</li>}
    </ul>
  );
}
