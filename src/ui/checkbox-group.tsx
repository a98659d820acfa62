import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { ChoiceGroup, type ChoiceOption } from './choice-group';

export type CheckboxGroupProps = {
  /** The first checkbox's id: the error summary links here. */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  /** Already translated. */
  error?: string;
  options: readonly ChoiceOption[];
  /** One registration for all boxes: react-hook-form collects the checked values as an array. */
  registration: UseFormRegisterReturn;
  legendAsHeading?: boolean;
};

export function CheckboxGroup(props: CheckboxGroupProps) {
  return <ChoiceGroup {...props} type="checkbox" />;
}
