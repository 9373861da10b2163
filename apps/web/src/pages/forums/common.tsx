import type { ComponentChildren, JSX } from 'preact';
import { useState } from 'preact/hooks';
import { SOCKET_LIMITS } from '@convene/contracts';
import { TextArea } from '../../components/ui';
import { ApiError, request } from '../../lib/api';
import { useMentionPicker } from './mention-picker';
import { PREVIEW } from './operations';

/** The longest post the API takes, in characters. */
export const MAX_POST = SOCKET_LIMITS.maxPostLength;

/**
 * A fresh client id for a post or thread, so a retried send never makes a second one.
 * `crypto.randomUUID` is missing from older browsers (Safari before 15.4), so fall back to
 * building a version 4 UUID from `getRandomValues`.
 */
export function newClientId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Any failure as an ApiError tied to a form field, so the error summary can link to it. */
export function fieldError(error: unknown, field: string): ApiError {
  if (error instanceof ApiError) return new ApiError(error.code, error.message, error.field ?? field);
  return new ApiError('INTERNAL', 'Something went wrong. Try again.', field);
}

/** The checks the API would make on a post body, made first so people hear about them at once. */
export function checkBody(body: string, field = 'body', verb = 'post'): ApiError | undefined {
  if (!body.trim()) return new ApiError('BAD_USER_INPUT', `Write something to ${verb}`, field);
  if (body.trim().length > MAX_POST) return new ApiError('BAD_USER_INPUT', `Posts can be up to ${MAX_POST.toLocaleString('en-GB')} characters. Yours has ${body.trim().length.toLocaleString('en-GB')}.`, field);
  return undefined;
}

/** What someone may do in a forum, in words. */
export function roleWords(role: string | null | undefined): string {
  if (role === 'MODERATOR') return 'You moderate this forum';
  if (role === 'MEMBER') return 'You can read and post';
  return 'You can read this forum';
}

/** A small button that looks like a link, for the many actions on each post. */
export function ActionButton({ children, class: className, ...rest }: JSX.ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <button type="button" class={`app-action ${className ?? ''}`} {...rest}>
      {children}
    </button>
  );
}

interface MarkdownFieldProps {
  id: string;
  label: string;
  value: string;
  onInput(value: string): void;
  error?: string;
  rows?: number;
  /** Preview problems (too long, nothing written) go to the form's error summary. */
  onError(error: ApiError | undefined): void;
  /** The form's buttons; the Preview button follows them. */
  children: ComponentChildren;
  /** Offers the @ picker of this forum's readers. */
  forumId?: string;
}

/**
 * A labelled textarea for Markdown with a Preview button. The preview is rendered by the API
 * (`previewPost`), so it is exactly the sanitised HTML the post will get.
 */
export function MarkdownField({ id, label, value, onInput, error, rows = 6, onError, children, forumId }: MarkdownFieldProps) {
  const picker = useMentionPicker({ id, forumId: forumId ?? '', value, onInput });
  const [preview, setPreview] = useState<{ html: string; of: string } | null>(null);
  const [pending, setPending] = useState(false);
  const [status, setStatus] = useState('');
  const show = async () => {
    const problem = checkBody(value, 'body', 'preview');
    onError(problem);
    if (problem) return;
    setPending(true);
    try {
      const data = await request(PREVIEW, { body: value });
      setStatus(preview ? 'The preview has been updated.' : 'The preview is shown below the box.');
      setPreview({ html: data.previewPost, of: value });
    } catch (caught) {
      onError(fieldError(caught, 'body'));
    } finally {
      setPending(false);
    }
  };
  const stale = preview !== null && preview.of !== value;
  return (
    <>
      <TextArea
        id={id}
        label={label}
        hint={`You can use Markdown: **bold**, _italic_, a line starting with - for a list, and [words](https://example.org) for a link.${forumId ? ' Type @ and a name to mention someone in this forum.' : ''}`}
        error={error}
        value={value}
        rows={rows}
        spellcheck
        onInput={(event) => onInput(event.currentTarget.value)}
        {...(forumId ? picker.textarea : {})}
      />
      {forumId && picker.listbox}
      {preview && (
        <section class="app-preview" aria-labelledby={`${id}-preview-title`} id={`${id}-preview`}>
          <h3 class="govuk-heading-s govuk-!-margin-bottom-2" id={`${id}-preview-title`}>
            Preview{stale && <span class="app-preview__stale"> (you have changed the text since: select Update preview)</span>}
          </h3>
          <div class="app-post__body" dangerouslySetInnerHTML={{ __html: preview.html }} />
        </section>
      )}
      <div class="govuk-button-group">
        {children}
        <button type="button" class="govuk-button govuk-button--secondary" onClick={show} disabled={pending}>
          {preview ? 'Update preview' : 'Preview'}
        </button>
      </div>
      <p class="govuk-visually-hidden" role="status">
        {status}
      </p>
    </>
  );
}
