import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { ApiError } from '../lib/api';

/** The page's one h1, focused on navigation so screen readers hear where they are. */
export function PageHeading({ children, caption }: { children: ComponentChildren; caption?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus({ preventScroll: true }), []);
  return (
    <h1 class="govuk-heading-l" tabIndex={-1} ref={ref}>
      {caption && <span class="govuk-caption-l">{caption}</span>}
      {children}
    </h1>
  );
}

export function Loading({ what = 'Loading' }: { what?: string }) {
  return (
    <p class="govuk-body" role="status" aria-live="polite">
      {what}…
    </p>
  );
}

/** A failed load: the API's plain message, never a stack trace, and a way to try again. */
export function ErrorState({ error, retry }: { error: ApiError; retry?: () => void }) {
  const signedOut = error.code === 'UNAUTHENTICATED';
  return (
    <div class="govuk-error-summary" role="alert" tabIndex={-1}>
      <h2 class="govuk-error-summary__title">{error.code === 'NOT_FOUND' ? 'Page not found' : 'There is a problem'}</h2>
      <div class="govuk-error-summary__body">
        <p class="govuk-body">{error.message}</p>
        {signedOut ? (
          <a class="govuk-link" href="/sign-in">
            Sign in
          </a>
        ) : (
          retry &&
          error.code !== 'NOT_FOUND' && (
            <button type="button" class="govuk-button govuk-button--secondary" onClick={retry}>
              Try again
            </button>
          )
        )}
      </div>
    </div>
  );
}

export function Empty({ children }: { children: ComponentChildren }) {
  return <p class="govuk-body govuk-hint">{children}</p>;
}

/** The error summary at the top of a form; each message links to its field. */
export function ErrorSummary({ error, fields = {} }: { error?: ApiError; fields?: Record<string, string> }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) ref.current?.focus();
  }, [error]);
  if (!error) return null;
  const target = error.field && fields[error.field];
  return (
    <div class="govuk-error-summary" ref={ref} tabIndex={-1} role="alert">
      <h2 class="govuk-error-summary__title">There is a problem</h2>
      <div class="govuk-error-summary__body">
        <ul class="govuk-list govuk-error-summary__list">
          <li>{target ? <a href={`#${target}`}>{error.message}</a> : error.message}</li>
        </ul>
      </div>
    </div>
  );
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: (describedBy: string | undefined) => JSX.Element;
}

/** A labelled form group with hint and error wired to the control by aria-describedby. */
export function Field({ id, label, hint, error, children }: FieldProps) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label class="govuk-label govuk-label--s" for={id}>
        {label}
      </label>
      {hint && (
        <div id={`${id}-hint`} class="govuk-hint">
          {hint}
        </div>
      )}
      {error && (
        <p id={`${id}-error`} class="govuk-error-message">
          <span class="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      {children(describedBy)}
    </div>
  );
}

type InputProps = Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'label'> & { id: string; label: string; hint?: string; error?: string };

export function TextInput({ id, label, hint, error, class: className, ...rest }: InputProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(describedBy) => <input id={id} name={id} class={`govuk-input${error ? ' govuk-input--error' : ''} ${className ?? ''}`} aria-describedby={describedBy} {...rest} />}
    </Field>
  );
}

type AreaProps = Omit<JSX.TextareaHTMLAttributes<HTMLTextAreaElement>, 'label'> & { id: string; label: string; hint?: string; error?: string };

export function TextArea({ id, label, hint, error, ...rest }: AreaProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(describedBy) => <textarea id={id} name={id} class={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`} rows={5} aria-describedby={describedBy} {...rest} />}
    </Field>
  );
}

type SelectProps = Omit<JSX.SelectHTMLAttributes<HTMLSelectElement>, 'label'> & { id: string; label: string; hint?: string; error?: string; options: { value: string; label: string }[] };

export function Select({ id, label, hint, error, options, ...rest }: SelectProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <select id={id} name={id} class={`govuk-select${error ? ' govuk-select--error' : ''}`} aria-describedby={describedBy} {...rest}>
          {options.map((o) => (
            <option value={o.value} key={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function Button({ children, secondary, warning, ...rest }: JSX.ButtonHTMLAttributes<HTMLButtonElement> & { secondary?: boolean; warning?: boolean }) {
  return (
    <button type="submit" class={`govuk-button${secondary ? ' govuk-button--secondary' : ''}${warning ? ' govuk-button--warning' : ''}`} data-module="govuk-button" {...rest}>
      {children}
    </button>
  );
}

/** A polite announcement after an action ("Agenda published"). */
export function Notice({ children }: { children: ComponentChildren }) {
  return (
    <div class="govuk-notification-banner govuk-notification-banner--success" role="status" aria-live="polite">
      <div class="govuk-notification-banner__header">
        <h2 class="govuk-notification-banner__title">Done</h2>
      </div>
      <div class="govuk-notification-banner__content">
        <p class="govuk-notification-banner__heading">{children}</p>
      </div>
    </div>
  );
}

const RATING_WORDS: Record<string, string> = { RED: 'Red', AMBER: 'Amber', GREEN: 'Green' };

/** A red/amber/green rating: colour plus the word, so colour is never the only signal. */
export function Rag({ rating }: { rating: string | null | undefined }) {
  const key = (rating ?? 'none').toLowerCase();
  return <span class={`app-rag app-rag--${key}`}>{rating ? RATING_WORDS[rating] : 'None'}</span>;
}

export function Tag({ children, colour }: { children: ComponentChildren; colour?: string }) {
  return <strong class={`govuk-tag${colour ? ` govuk-tag--${colour}` : ''}`}>{children}</strong>;
}

const LONDON = 'Europe/London';
export const formatDate = (iso: string) => new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: LONDON });
export const formatDateTime = (iso: string) =>
  `${new Date(iso).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: LONDON })}, ${new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: LONDON })}`;
export const words = (value: string) => (/^[A-Z_]+$/.test(value) ? value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ') : value);

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

const partsOf = (value: DateParts | string | null | undefined): DateParts => {
  if (value && typeof value === 'object') return value;
  const [year = '', month = '', day = ''] = value ? value.split('-') : [];
  return { day: day.replace(/^0/, ''), month: month.replace(/^0/, ''), year };
};

/**
 * The GOV.UK date input: day, month and year boxes in one fieldset; the error goes on the
 * fieldset and the error summary links to the day box (`${id}-day`). With `onInput` the boxes
 * follow `value`; without it they start from `value` (an ISO date) and the form reads them.
 */
export function DateInput({ id, legend, hint, error, value, onInput }: { id: string; legend: string; hint?: string; error?: string; value?: DateParts | string | null; onInput?(value: DateParts): void }) {
  const parts = partsOf(value);
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const box = (part: keyof DateParts, label: string, width: number) => (
    <div class="govuk-date-input__item">
      <div class="govuk-form-group">
        <label class="govuk-label govuk-date-input__label" for={`${id}-${part}`}>
          {label}
        </label>
        <input
          class={`govuk-input govuk-date-input__input govuk-input--width-${width}${error ? ' govuk-input--error' : ''}`}
          id={`${id}-${part}`}
          name={`${id}-${part}`}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          {...(onInput ? { value: parts[part], onInput: (e: Event) => onInput({ ...parts, [part]: (e.currentTarget as HTMLInputElement).value }) } : { defaultValue: parts[part] })}
        />
      </div>
    </div>
  );
  return (
    <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset class="govuk-fieldset" role="group" aria-describedby={describedBy}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint && (
          <div id={`${id}-hint`} class="govuk-hint">
            {hint}
          </div>
        )}
        {error && (
          <p id={`${id}-error`} class="govuk-error-message">
            <span class="govuk-visually-hidden">Error:</span> {error}
          </p>
        )}
        <div class="govuk-date-input" id={id}>
          {box('day', 'Day', 2)}
          {box('month', 'Month', 2)}
          {box('year', 'Year', 4)}
        </div>
      </fieldset>
    </div>
  );
}
