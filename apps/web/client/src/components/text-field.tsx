import {
  FieldError,
  Input,
  Label,
  Text,
  TextField as AriaTextField,
  type TextFieldProps as AriaTextFieldProps,
} from 'react-aria-components';

export interface TextFieldProps extends Omit<AriaTextFieldProps, 'className' | 'children'> {
  label: string;
  description?: string;
}

/** A labelled text field with its hint and error tied to it (aria-describedby), as every form of the back office needs. */
export const TextField = ({ label, description, ...props }: TextFieldProps) => (
  <AriaTextField {...props} className="vl-field">
    <Label className="vl-field__label">{label}</Label>
    <Input className="vl-field__input" />
    {description === undefined ? null : (
      <Text slot="description" className="vl-field__hint">
        {description}
      </Text>
    )}
    <FieldError className="vl-field__error" />
  </AriaTextField>
);
