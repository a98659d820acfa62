import { useMessages } from '../../i18n/feature-messages';
import { internationalNumber } from './demo-contacts';
import { legalMessages } from './legal-messages';
import './contact-list.css';

export type ContactEntry =
  { kind: 'phone' | 'fax' | 'sms' | 'email'; value: string } | { kind: 'post'; lines: readonly string[] };

/** Contact details as a summary list; phone, SMS and e-mail are links, so a phone can dial or write at once. */
export function ContactList({ entries }: { entries: readonly ContactEntry[] }) {
  const m = useMessages(legalMessages);
  return (
    <dl className="summary-list contact-list">
      {entries.map((entry) => (
        <div key={entry.kind}>
          <dt>{m(`contact.${entry.kind}`)}</dt>
          <dd>
            <ContactValue entry={entry} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function ContactValue({ entry }: { entry: ContactEntry }) {
  switch (entry.kind) {
    case 'phone':
      return <a href={`tel:${internationalNumber(entry.value)}`}>{entry.value}</a>;
    case 'sms':
      return <a href={`sms:${internationalNumber(entry.value)}`}>{entry.value}</a>;
    case 'email':
      return <a href={`mailto:${entry.value}`}>{entry.value}</a>;
    case 'fax':
      return <>{entry.value}</>;
    case 'post':
      return (
        <address>
          {entry.lines.map((line) => (
            <span key={line} className="address-line">
              {line}
            </span>
          ))}
        </address>
      );
  }
}
