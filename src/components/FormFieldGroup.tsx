import type { ReactNode } from 'react';
import { FormGroup, FormHelperText, HelperText, HelperTextItem } from '@patternfly/react-core';

interface FormFieldGroupProps {
  label?: ReactNode;
  fieldId: string;
  isRequired?: boolean;
  /** A group of radio buttons: `radiogroup`, stacked. */
  role?: string;
  isStack?: boolean;
  /** What to enter and where to find it, under the field. */
  help?: ReactNode;
  /** What is wrong with the value: shown instead of the help, as an error. */
  error?: ReactNode;
  /** `data-test` of the help line, for tests that read it. */
  helpTest?: string;
  children: ReactNode;
}

/** A form field with its help below, or its error in the help's place: one markup for every form. */
export function FormFieldGroup({
  label,
  fieldId,
  isRequired,
  role,
  isStack,
  help,
  error,
  helpTest,
  children,
}: FormFieldGroupProps) {
  const text = error ?? help;
  return (
    <FormGroup
      label={label}
      fieldId={fieldId}
      isRequired={isRequired}
      role={role}
      isStack={isStack}
    >
      {children}
      {text ? (
        <FormHelperText>
          <HelperText>
            <HelperTextItem variant={error ? 'error' : 'default'} data-test={helpTest}>
              {text}
            </HelperTextItem>
          </HelperText>
        </FormHelperText>
      ) : null}
    </FormGroup>
  );
}
