import { Fragment, type ReactNode } from 'react';
import { Navigate, useParams } from 'react-router';
import type { SectionId } from '../../../domain/application/check-application';
import type { PageId } from '../../../domain/application/page-ids';
import { useOpenDraft } from '../draft/use-open-draft';
import { antragFlow } from '../flow/antrag-flow';
import { pagePath } from '../flow/flow-paths';

type Props = {
  /** The entry page in the flow: its section and its address parameter come from the definition. */
  page: PageId;
  /** Where to go instead: the section's add-another overview. */
  overview: PageId;
  /** Whether one more entry may be added (e.g. at most 12 household members). */
  canAdd?: (count: number) => boolean;
  count?: number;
  exists?: (id: string) => boolean;
  children: (id: string) => ReactNode;
};

// Ids come from the address: the draft schema accepts 1–64 characters, so anything else is not an entry of ours.
const isEntryId = (value: string | undefined): value is string =>
  value !== undefined && value.length > 0 && value.length <= 64;

/**
 * The add-another kit's entry page frame (members, incomes, receipts): one entry per page, addressed by a random
 * id. A page whose section cannot start yet or is not needed, or an id that is no entry, leads to the overview;
 * `children` gets a fresh form per entry (keyed by its id), so defaults are read once, when the page opens.
 */
export function EntryPageGate({ page, overview, canAdd, count = 0, exists, children }: Props) {
  const params = useParams();
  const { checked } = useOpenDraft();
  const { section, param } = antragFlow[page];
  const id = param === undefined ? undefined : params[param];
  const status = checked.sections[section satisfies SectionId].status;
  const full =
    id !== undefined && exists !== undefined && !exists(id) && canAdd !== undefined && !canAdd(count);
  if (!isEntryId(id) || status === 'cannotStart' || status === 'notNeeded' || full)
    return <Navigate to={pagePath(overview)} replace />;
  return <Fragment key={id}>{children(id)}</Fragment>;
}
