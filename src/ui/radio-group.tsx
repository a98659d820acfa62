import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { ChoiceGroup, type ChoiceOption } from './choice-group';

export type RadioGroupProps = {
  /** The first radio's id: the error summary links here, and focusing it puts the user into the group. */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  /** Already translated. */
  error?: string;
  options: readonly ChoiceOption[];
  registration: UseFormRegisterReturn;
  /** GOV.UK question page: the legend is the page's h1 (the one the layout focuses after navigation). */
  legendAsHeading?: boolean;
  /** Side by side, for two short answers such as Ja / Nein; wraps on narrow screens. */
  inline?: boolean;
};

export function RadioGroup(props: RadioGroupProps) {
  return <ChoiceGroup {...props} type="radio" />;
}
