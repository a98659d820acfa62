import { useEffect, useMemo } from 'react';
import { useForm, type DefaultValues, type FieldValues, type SubmitHandler } from 'react-hook-form';
import { useLocation, useNavigate } from 'react-router';
import type { z } from 'zod';
import { useI18n } from '../../../i18n/use-i18n';
import { formErrorList, fieldError } from '../../../ui/form-errors';
import { decodeMessage, stepResolver } from './step-resolver';
import { withoutEmptyChoices } from './without-empty-choices';

type Options<TValues extends FieldValues, TOut> = {
  schema: z.ZodType<TOut, TValues>;
  /** The raw answers stored in the draft (what the user typed last time). */
  defaults: DefaultValues<TValues>;
  /** Called with the raw values on every change: the draft is saved as the user types. */
  save: (values: TValues) => void;
  /**
   * Where "Speichern und weiter" leads, unless the page was opened from a check page (router state); a target may
   * carry router state for the next page.
   */
  next: string | ((checked: TOut) => string | NextPage);
  /** Field names in page order, for the error summary; ids are `idFor(name)`. */
  order: readonly string[];
  onValid?: (checked: TOut) => void;
};

export type ReturnState = { returnTo?: string };
export type NextPage = { to: string; state: unknown };

/** Field ids from names: dotted paths ('members.0.name') become valid ids. */
export function fieldId(name: string): string {
  return `f-${name.replace(/\./g, '-')}`;
}

/**
 * One question page: a react-hook-form form over the step schema, validated on "Speichern und weiter" (never while
 * typing, ux.md), saving raw values on every change so that a reload, a crash or the back button lose nothing,
 * and never clearing a field because another is wrong.
 */
export function useStepForm<TValues extends FieldValues, TOut>(options: Options<TValues, TOut>) {
  const { schema, defaults, save, next, order, onValid } = options;
  const { language } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const returnTo = (location.state as ReturnState | null)?.returnTo;
  const resolver = useMemo(() => {
    const check = stepResolver(schema);
    return (values: TValues, ...rest: Parameters<typeof check> extends [unknown, ...infer R] ? R : never) =>
      check(withoutEmptyChoices(values), ...rest);
  }, [schema]);
  const form = useForm<TValues, unknown, TOut>({
    defaultValues: defaults,
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    // The error summary takes focus instead (GOV.UK); RHF would jump to the first field.
    shouldFocusError: false,
  });
  const { subscribe } = form;
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ values }) => save(withoutEmptyChoices(values)),
      }),
    [subscribe, save],
  );
  const translate = (message: string) => decodeMessage(message, language);
  const errors = form.formState.errors;
  const onSubmit: SubmitHandler<TOut> = (checked) => {
    onValid?.(checked);
    const target = returnTo ?? (typeof next === 'function' ? next(checked) : next);
    if (typeof target === 'string') void navigate(target);
    else void navigate(target.to, { state: target.state });
  };
  return {
    form,
    submit: form.handleSubmit(onSubmit),
    errorList: formErrorList(errors, order, fieldId, translate),
    errorFor: (name: string) => fieldError(errors, name, translate),
    returnTo,
  };
}
