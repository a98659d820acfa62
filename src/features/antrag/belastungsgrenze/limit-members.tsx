import type { LimitCaseOutput } from '../../../domain/limit-case/compute-limit-case';
import { useLocalized, useMessages } from '../../../i18n/feature-messages';
import { limitMessages } from './limit-messages';

type Props = { members: LimitCaseOutput['explanation']['members']; nameOf: (memberId: string) => string };

/** Who counts for the household and why (§ 62 Abs. 2 S. 1 SGB V, docs/rules/rules.md § 2), in words, never by colour. */
export function LimitMembers({ members, nameOf }: Props) {
  const t = useMessages(limitMessages);
  const localized = useLocalized();
  return (
    <section aria-labelledby="limit-members">
      <h2 id="limit-members">{t('members.title')}</h2>
      <p>{t('members.intro')}</p>
      <ul className="bullets">
        {members.map((member) => (
          <li key={member.memberId}>
            <strong>
              {t(member.counts ? 'members.counts' : 'members.notCounted', { name: nameOf(member.memberId) })}
            </strong>{' '}
            {localized(member.text)}
          </li>
        ))}
      </ul>
    </section>
  );
}
