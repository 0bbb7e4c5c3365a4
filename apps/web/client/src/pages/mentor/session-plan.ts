/** The mentor's session form, checked while typing; mentorships checks the same (end after start, a place or link, capacity). */
export interface SessionForm {
  title: string;
  theme: string;
  startsAt: string;
  endsAt: string;
  place: string;
  onlineLink: string;
  agenda: string;
  capacity: string;
  materials: string;
}

export type SessionFormErrors = Partial<Record<keyof SessionForm, string>>;

export const emptySessionForm = (startsAt: string, endsAt: string): SessionForm => ({
  title: '',
  theme: '',
  startsAt,
  endsAt,
  place: '',
  onlineLink: '',
  agenda: '',
  capacity: '20',
  materials: '',
});

/** A datetime-local value (Brussels wall time, as the mentor's browser shows it) for an ISO moment, and back. */
export const localInputOf = (iso: string): string => {
  const at = new Date(iso);
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
};

const moment = (local: string): Date | undefined => {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)) return undefined;
  const at = new Date(local);
  return Number.isNaN(at.getTime()) ? undefined : at;
};

export const sessionFormErrors = (form: SessionForm, registrations = 0): SessionFormErrors => {
  const errors: SessionFormErrors = {};
  if (form.title.trim() === '') errors.title = 'Geef de sessie een titel.';
  const start = moment(form.startsAt);
  const end = moment(form.endsAt);
  if (start === undefined) errors.startsAt = 'Kies een begindatum en -uur.';
  if (end === undefined) errors.endsAt = 'Kies een einddatum en -uur.';
  else if (start !== undefined && end.getTime() <= start.getTime()) errors.endsAt = 'Het einde ligt na het begin.';
  if (form.place.trim() === '' && form.onlineLink.trim() === '') errors.place = 'Geef een plaats, een onlinelink of allebei.';
  if (form.onlineLink.trim() !== '' && !/^https:\/\/\S+$/.test(form.onlineLink.trim()))
    errors.onlineLink = 'Een onlinelink begint met https://.';
  const capacity = Number(form.capacity);
  if (!/^\d+$/.test(form.capacity.trim()) || capacity < 1) errors.capacity = 'Vul een geheel aantal plaatsen van minstens 1 in.';
  else if (capacity < registrations) errors.capacity = `Er zijn al ${registrations} inschrijvingen; minder plaatsen kan niet.`;
  return errors;
};

/** The body of POST/PUT sessions for a form without errors. */
export const sessionPlan = (form: SessionForm) => ({
  title: form.title.trim(),
  ...(form.theme.trim() === '' ? {} : { theme: form.theme.trim() }),
  startsAt: new Date(form.startsAt).toISOString(),
  endsAt: new Date(form.endsAt).toISOString(),
  place: form.place.trim() === '' ? null : form.place.trim(),
  onlineLink: form.onlineLink.trim() === '' ? null : form.onlineLink.trim(),
  ...(form.agenda.trim() === '' ? {} : { agenda: form.agenda.trim() }),
  capacity: Number(form.capacity),
  materials: form.materials
    .split(/\s+/)
    .map((link) => link.trim())
    .filter((link) => link !== ''),
});
