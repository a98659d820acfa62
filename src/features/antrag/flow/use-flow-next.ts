import { useParams } from 'react-router';
import type { PageId } from '../../../domain/application/page-ids';
import { newId } from '../draft/new-id';
import { antragFlow, type GuardInput, type ValuesOf } from './antrag-flow';
import { targetPath } from './flow-paths';

/**
 * Where "Speichern und weiter" leads from a page: the flow's guard decides from the page's checked values (and,
 * for chronic illness, who is still open); the page never names its successor itself.
 */
export function useFlowNext<K extends PageId>(page: K) {
  const params = useParams();
  return (values: ValuesOf<K>, open?: readonly string[]): string => {
    const input = { values, params: withoutUndefined(params), newId, open } as GuardInput<ValuesOf<K>>;
    const guard = antragFlow[page].next as (
      input: GuardInput<ValuesOf<K>>,
    ) => ReturnType<(typeof antragFlow)[K]['next']>;
    return targetPath(guard(input));
  };
}

function withoutUndefined(params: Readonly<Record<string, string | undefined>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}
