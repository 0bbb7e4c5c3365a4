import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components';

export interface ButtonProps extends Omit<AriaButtonProps, 'className'> {
  variant?: 'primary' | 'secondary';
}

/** A button: keyboard, touch and screen readers handled by react-aria; the look is ours (styles.css, .vl-button). */
export const Button = ({ variant = 'primary', ...props }: ButtonProps) => (
  <AriaButton {...props} className={`vl-button vl-button--${variant}`} />
);
