import { countReasonLaw, type CountReason } from '../../../domain/household/count-reasons';
import type { LimitCaseOutput } from '../../../domain/limit-case/compute-limit-case';
import { useLocalized, useMessages } from '../../../i18n/feature-messages';
import { WhyDisclosure } from '../../../ui/why-disclosure';
import { limitMessages } from './limit-messages';

type Props = { members: LimitCaseOutput['explanation']['members']; nameOf: (memberId: string) => string };

const householdLaw = '§ 62 Abs. 2 S. 1 SGB V';
const lawOf = (reason: string): string =>
  Object.hasOwn(countReasonLaw, reason) ? countReasonLaw[reason as CountReason] : householdLaw;

/** Who counts for the household and why (§ 62 Abs. 2 S. 1 SGB V, docs/rules/rules.md § 2), in words, never by colour. */
export function LimitMembers({ members, nameOf }: Props) {
  const t = useMessages(limitMessages);
  const localized = useLocalized();
  return (
    <section aria-labelledby="limit-members">
      <h2 id="limit-members">{t('members.title')}</h2>
      <p>{t('members.intro')}</p>
      <WhyDisclosure about={t('members.title')}>
        <p>{t('members.why', { law: householdLaw })}</p>
      </WhyDisclosure>
      <ul className="bullets">
        {members.map((member) => (
          <li key={member.memberId}>
            <strong>
              {t(member.counts ? 'members.counts' : 'members.notCounted', { name: nameOf(member.memberId) })}
            </strong>{' '}
            {localized(member.text)}
            {/* Only where a member's own rule differs from the one above: a spouse in a care home, older children. */}
            {lawOf(member.reason) !== householdLaw && (
              <WhyDisclosure about={nameOf(member.memberId)}>
                <p>{t('members.why', { law: lawOf(member.reason) })}</p>
              </WhyDisclosure>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
