import type { Audience } from '../../domain/notice-kinds.js';
import type { Preference } from '../../domain/preferences.js';

export interface PreferencesOf {
  /** A government's code, or `abb` for ABB staff. */
  recipient: string;
  audience: Audience;
}

export interface ChangePreferencesCommand extends PreferencesOf {
  preferences: Preference[];
}
