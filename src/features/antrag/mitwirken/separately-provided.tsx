import { Link } from 'react-router';
import type { MemberPartSummary } from '../../../domain/member-part/member-part-summary';
import { useMessages } from '../../../i18n/feature-messages';
import { invitePath } from './invite-path';
import { memberMessages } from './member-messages';
import { PartFigures } from './part-figures';

type Props = { name: string; part: MemberPartSummary; headingId?: string; showFigures?: boolean };

/**
 * A member's incomes, chronic illness or receipts on the applicant's pages once the member handed in their own
 * part (issue 14): "Von … selbst eingetragen", with the sums where they help, and the way to the invitation.
 */
export function SeparatelyProvided({ name, part, headingId, showFigures = true }: Props) {
  const m = useMessages(memberMessages);
  return (
    <section className="income-person" aria-labelledby={headingId}>
      {headingId && (
        <h2 id={headingId} tabIndex={-1}>
          {name}
        </h2>
      )}
      <p>
        <strong>{m('separately.provided', { name })}</strong>
      </p>
      {showFigures && <PartFigures part={part} />}
      <p>
        <Link to={invitePath(part.memberId)}>
          {m('separately.link')} <span className="visually-hidden">{name}</span>
        </Link>
      </p>
    </section>
  );
}
