import { FieldError, Label, Text, TextArea as AriaTextArea, TextField as AriaTextField, type TextFieldProps } from 'react-aria-components';

export interface TextAreaProps extends Omit<TextFieldProps, 'className' | 'children'> {
  label: string;
  description?: string;
  rows?: number;
}

/** A labelled multi-line field (templates, comments), its hint and error tied to it like TextField's. */
export const TextArea = ({ label, description, rows = 4, ...props }: TextAreaProps) => (
  <AriaTextField {...props} className="vl-field vl-field--wide">
    <Label className="vl-field__label">{label}</Label>
    <AriaTextArea className="vl-field__input" rows={rows} />
    {description === undefined ? null : (
      <Text slot="description" className="vl-field__hint">
        {description}
      </Text>
    )}
    <FieldError className="vl-field__error" />
  </AriaTextField>
);
