import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useMemo, useState } from 'preact/hooks';
import { ApiError } from '../../lib/api';
import { useMutation } from '../../lib/hooks';

/**
 * A mutation behind a form: the form's own checks and the API's answer share one error, shown
 * in the ErrorSummary and beside the field it names.
 */
export function useAction<TData, TVars>(doc: TypedDocumentNode<TData, TVars>) {
  const mutation = useMutation(doc);
  const [local, setLocal] = useState<ApiError[]>([]);
  // One array per change, so the summary moves focus when the problems change and not on every keystroke.
  const problems = useMemo(() => (local.length ? local : mutation.error ? [mutation.error] : []), [local, mutation.error]);
  return {
    error: problems[0] as ApiError | undefined,
    /** Every problem at once: the form's own checks, or the API's answer. */
    problems,
    pending: mutation.pending,
    /** Runs the mutation; resolves undefined when it failed (the error is then set). */
    run(variables: TVars) {
      setLocal([]);
      return mutation.run(variables);
    },
    /** A problem found before sending: `field` is the API's name for it. */
    fail(field: string, message: string) {
      mutation.clearError();
      setLocal([new ApiError('BAD_USER_INPUT', message, field)]);
    },
    /** All the problems found before sending; true when there were any (then nothing is sent). */
    failAll(found: Problem[]): boolean {
      mutation.clearError();
      setLocal(found.map(([field, message]) => new ApiError('BAD_USER_INPUT', message, field)));
      return found.length > 0;
    },
  };
}

/** A problem with a form: the API's name for the field, and what to do, in plain words. */
export type Problem = [field: string, message: string];

/** The error message for one field, if one of the errors is about it. */
export const errorFor = (error: ApiError | ApiError[] | undefined, field: string) => (Array.isArray(error) ? error : error ? [error] : []).find((e) => e.field === field)?.message;

/** A trimmed text field of a submitted form. */
export const textOf = (form: HTMLFormElement, name: string) => String(new FormData(form).get(name) ?? '').trim();

/** Only web links are ever made into links; anything else is shown as text. */
export const webUrl = (url: string | null | undefined) => (url && /^https?:\/\//i.test(url.trim()) ? url.trim() : undefined);

const THEME_WORDS: Record<string, string> = { esol: 'ESOL' };

/** "hate crime" → "Hate crime", "esol" → "ESOL"; custom themes keep their words. */
export const themeLabel = (theme: string) => THEME_WORDS[theme] ?? theme.charAt(0).toUpperCase() + theme.slice(1);

export const STANDARD_THEMES = ['housing', 'health', 'education', 'employment', 'esol', 'destitution', 'hate crime', 'immigration status', 'cohesion'];

/** Members propose items and assessment entries until this many days before the meeting. */
export function deadlineOf(meeting: { startsAt: string; group: { submissionDeadlineDays: number } }): { at: string; open: boolean } {
  const at = new Date(new Date(meeting.startsAt).getTime() - meeting.group.submissionDeadlineDays * 86_400_000);
  return { at: at.toISOString(), open: at.getTime() > Date.now() };
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
