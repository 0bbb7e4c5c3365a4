import type { ReactNode } from 'react';
import {
  Checkbox as AriaCheckbox,
  FieldError,
  Input,
  Label,
  Text,
  TextArea,
  TextField as AriaTextField,
  type CheckboxProps as AriaCheckboxProps,
  type TextFieldProps as AriaTextFieldProps,
} from 'react-aria-components';
import './form-fields.css';

export interface CheckedFieldProps extends Omit<AriaTextFieldProps, 'className' | 'children' | 'isInvalid'> {
  label: string;
  description?: string;
  /** A blocking problem: the field is invalid (aria-invalid) and the message is tied to it. */
  error?: string | undefined;
  /** Advice that does not stop the form: shown with the hint, the field stays valid. */
  warning?: string | undefined;
  multiline?: boolean;
  type?: 'text' | 'number' | 'date' | 'datetime-local' | 'url' | 'email';
}

/**
 * A labelled field checked while typing: an error makes it invalid, a warning only advises. Both are announced
 * through aria-describedby (react-aria), so a screen reader reads them with the field.
 */
export const CheckedField = ({ label, description, error, warning, multiline = false, type = 'text', ...props }: CheckedFieldProps) => (
  <AriaTextField {...props} isInvalid={error !== undefined} validationBehavior="aria" className="vl-field">
    <Label className="vl-field__label">{label}</Label>
    {multiline ? (
      <TextArea className="vl-field__input vl-field__input--multiline" rows={3} />
    ) : (
      <Input className="vl-field__input" type={type} />
    )}
    {description === undefined && warning === undefined ? null : (
      <Text slot="description" className={warning === undefined ? 'vl-field__hint' : 'vl-field__warning'}>
        {warning === undefined ? description : `Let op: ${warning}`}
      </Text>
    )}
    <FieldError className="vl-field__error">{error}</FieldError>
  </AriaTextField>
);

export interface CheckboxProps extends Omit<AriaCheckboxProps, 'className' | 'children'> {
  children: ReactNode;
}

/** A checkbox with its label: Space toggles it, as a native one. */
export const Checkbox = ({ children, ...props }: CheckboxProps) => (
  <AriaCheckbox {...props} className="vl-checkbox">
    {({ isSelected }) => (
      <>
        <span className="vl-checkbox__box" aria-hidden="true">
          {isSelected ? '✓' : ''}
        </span>
        {children}
      </>
    )}
  </AriaCheckbox>
);

/** A message the page tells once something happened (role=status) or went wrong (role=alert). */
export const Notice = ({ kind, children }: { kind: 'success' | 'error' | 'warning'; children: ReactNode }) => (
  <div role={kind === 'error' ? 'alert' : 'status'} className={`vl-notice vl-notice--${kind}`}>
    {children}
  </div>
);

/** A native select, labelled: keyboard and screen readers know it without help. */
export const SelectField = ({
  label,
  value,
  options,
  onChange,
  id,
}: {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange(value: string): void;
  id: string;
}) => (
  <div className="vl-field">
    <label htmlFor={id} className="vl-field__label">
      {label}
    </label>
    <select id={id} className="vl-field__input" value={value} onChange={(event) => onChange(event.target.value)}>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  </div>
);
