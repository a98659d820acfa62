import { useCallback, type ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import type { PageId } from '../../../domain/application/page-ids';
import { useFlowNext } from '../flow/use-flow-next';
import { TextField, type TextFieldProps } from '../../../ui/text-field';
import { fieldId, useStepForm } from './use-step-form';
import { QuestionPage } from './question-page';

export type TextFieldSpec<Name extends string> = {
  name: Name;
  label: string;
  hint?: ReactNode;
  autoComplete: TextFieldProps['autoComplete'];
  width?: TextFieldProps['width'];
  inputMode?: TextFieldProps['inputMode'];
  type?: TextFieldProps['type'];
  spellCheck?: boolean;
};

type Props<Name extends string, TOut> = {
  title: string;
  caption: string;
  intro?: ReactNode;
  backTo: string;
  /** The page in the flow: its guard decides where "Speichern und weiter" leads. */
  page: PageId;
  fields: readonly TextFieldSpec<Name>[];
  schema: z.ZodType<TOut, Partial<Record<Name, string>>>;
  /** The raw answers as stored. */
  values: Partial<Record<Name, string>>;
  save: (values: Partial<Record<Name, string>>) => void;
};

/** A question page made only of text fields (name, address, bank account …), saved as the user types. */
export function TextStepPage<Name extends string, TOut>(props: Props<Name, TOut>) {
  const { title, caption, intro, backTo, page, fields, schema, values, save } = props;
  const next = useFlowNext(page);
  const onChange = useCallback((raw: FieldValues) => save(raw as Partial<Record<Name, string>>), [save]);
  const { form, submit, errorList, errorFor } = useStepForm({
    schema: schema as z.ZodType<TOut, FieldValues>,
    defaults: values,
    save: onChange,
    next: () => next(undefined),
    order: fields.map((field) => field.name),
  });
  const single = fields.length === 1;
  return (
    <QuestionPage
      title={title}
      caption={caption}
      headingInField={single}
      backTo={backTo}
      errors={errorList}
      submitCount={form.formState.submitCount}
      onSubmit={(event) => void submit(event)}
    >
      {intro}
      {fields.map((field) => (
        <TextField
          key={field.name}
          id={fieldId(field.name)}
          label={field.label}
          labelAsHeading={single}
          hint={field.hint}
          error={errorFor(field.name)}
          autoComplete={field.autoComplete}
          width={field.width}
          inputMode={field.inputMode}
          type={field.type}
          spellCheck={field.spellCheck}
          registration={form.register(field.name)}
        />
      ))}
    </QuestionPage>
  );
}
