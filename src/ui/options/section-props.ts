import type { FieldKey, SettingsForm } from './settings-form';

/** What every options section gets from the form that owns the state. */
export interface SectionProps {
  form: SettingsForm;
  update: (change: Partial<SettingsForm>) => void;
  /** The DOM id of a field's control: the form focuses the first invalid one. */
  idFor: (field: FieldKey) => string;
  /** The problem text of a field, when the last save attempt found one. */
  errorFor: (field: FieldKey) => string | undefined;
}
