import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { isMemberPath } from '../flow/member-flow';

/**
 * A family member's draft shows only the member's own pages (member-flow.ts); every other address of the wizard
 * is the applicant's and leads to the member's task list. Loaded only for a member's draft, so that the flow's
 * address table stays out of the layout's chunk (issue 11: the first page's JS).
 */
export function MemberPathGuard({ path, children }: { path: string; children: ReactNode }) {
  return isMemberPath(path) ? children : <Navigate to="/antrag" replace />;
}
