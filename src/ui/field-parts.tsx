import type { ReactNode } from 'react';
import { useUiMessages } from './ui-messages';

/** Ids of a field's hint and error, so that every primitive links them the same way (error summary included). */
export function hintId(id: string): string {
  return `${id}-hint`;
}
export function errorId(id: string): string {
  return `${id}-error`;
}

/** aria-describedby from the parts that are shown; undefined rather than an empty attribute. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const present = ids.filter((value): value is string => Boolean(value));
  return present.length > 0 ? present.join(' ') : undefined;
}

export function fieldClassName(error: string | undefined): string {
  return error ? 'field field--error' : 'field';
}

export function FieldHint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div className="field-hint" id={id}>
      {children}
    </div>
  );
}

/**
 * Inline error: red and bold, but the visually hidden prefix says "Fehler:" to screen readers, and the field's
 * left border marks it without relying on colour (WCAG 1.4.1).
 */
export function FieldErrorMessage({
  id,
  children,
  prefix,
}: {
  id: string;
  children: ReactNode;
  prefix?: string;
}) {
  const t = useUiMessages();
  return (
    <p className="field-error ui-field-error" id={id}>
      <span className="visually-hidden">{prefix ?? t('error.prefix')}</span> {children}
    </p>
  );
}
