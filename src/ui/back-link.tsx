import type { ReactNode } from 'react';
import { Link } from 'react-router';
import './ui.css';

/** GOV.UK back link: above the page's content, before the h1; goes to the previous question, not history(-1). */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link className="ui-back-link" to={to}>
      {children}
    </Link>
  );
}
