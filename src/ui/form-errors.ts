import type { FieldErrors, FieldValues } from 'react-hook-form';
import type { FieldError } from './error-summary';

type Node = Record<string, unknown>;

function isObject(value: unknown): value is Node {
  return typeof value === 'object' && value !== null;
}

function at(errors: unknown, path: string): unknown {
  let node: unknown = errors;
  for (const part of path.split('.')) {
    if (!isObject(node)) return undefined;
    node = node[part];
  }
  return node;
}

function messageOf(node: unknown): string | undefined {
  if (!isObject(node)) return undefined;
  const message = node['message'];
  return typeof message === 'string' && message !== '' ? message : undefined;
}

// RHF keeps internals beside the messages: the field's element, the failed rule's name, all failed rules.
const notChildren = new Set(['message', 'type', 'ref', 'types']);

/** Every message under `path`, depth first in the order RHF stored them (array items by index). */
function collect(node: unknown, path: string, into: { path: string; message: string }[]): void {
  if (!isObject(node)) return;
  const message = messageOf(node);
  if (message !== undefined) into.push({ path, message });
  const keys = Object.keys(node).filter((key) => !notChildren.has(key));
  // An array's own error (useFieldArray rules) sits at `root` and belongs to the list as a whole: it comes first.
  keys.sort((a, b) => (a === 'root' ? -1 : b === 'root' ? 1 : 0));
  for (const key of keys) {
    if (key === 'root') {
      const rootMessage = messageOf(node[key]);
      if (rootMessage !== undefined) into.push({ path, message: rootMessage });
      continue;
    }
    collect(node[key], `${path}.${key}`, into);
  }
}

/**
 * The errors of a form in the order the page shows its fields, for the error summary. `order` holds field
 * names or dotted paths ('representative.givenName', 'members'); a name that holds a group or a list contributes
 * every message under it ('members.0.income'). Errors outside `order` follow at the end so that none is hidden,
 * except form-level `root` errors, which the page shows itself. `translate` turns the schema's message keys into
 * text; `idFor` gives the id of the input the summary links to.
 */
export function formErrorList<F extends FieldValues = FieldValues>(
  errors: FieldErrors<F>,
  order: readonly string[],
  idFor: (name: string) => string,
  translate: (code: string) => string,
): FieldError[] {
  const found: { path: string; message: string }[] = [];
  for (const name of order) collect(at(errors, name), name, found);
  const all: { path: string; message: string }[] = [];
  for (const key of Object.keys(errors)) {
    if (key !== 'root') collect((errors as Node)[key], key, all);
  }
  const listed = (path: string) => order.some((name) => path === name || path.startsWith(`${name}.`));
  found.push(...all.filter((entry) => !listed(entry.path)));
  const seen = new Set<string>();
  const list: FieldError[] = [];
  for (const { path, message } of found) {
    const fieldId = idFor(path);
    // One link per field: a field with several failed rules or listed twice in `order` appears once.
    if (seen.has(fieldId)) continue;
    seen.add(fieldId);
    list.push({ fieldId, message: translate(message) });
  }
  return list;
}

/** The translated message for one field (dotted paths allowed), or undefined if it has none. */
export function fieldError<F extends FieldValues = FieldValues>(
  errors: FieldErrors<F>,
  name: string,
  translate: (code: string) => string,
): string | undefined {
  const node = at(errors, name);
  const message = messageOf(node) ?? (isObject(node) ? messageOf(node['root']) : undefined);
  return message === undefined ? undefined : translate(message);
}
