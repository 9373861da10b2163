import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { Notice, PageHeading } from '../../components/ui';
import { ApiError, request } from '../../lib/api';
import { useTitle } from '../../lib/hooks';
import { isCoordinator, useSession } from '../../lib/session';

/** One page of a connection, as every list query in the API answers. */
export interface Connection<TNode> {
  nodes: TNode[];
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
}

const asApiError = (caught: unknown) => (caught instanceof ApiError ? caught : new ApiError('INTERNAL', 'Something went wrong. Please try again.'));

/**
 * A list that grows a page at a time ("Show more"). It starts again when the variables change;
 * `reload` fetches as many rows as are showing, so a change does not lose the reader's place.
 */
export function usePaged<TData, TVars, TNode>(doc: TypedDocumentNode<TData, TVars>, variables: Omit<TVars, 'first' | 'after'>, pick: (data: TData) => Connection<TNode>, pageSize = 25) {
  const [state, setState] = useState<{ nodes: TNode[]; cursor: string | null; hasMore: boolean; loading: boolean; more: boolean; error?: ApiError; loaded: boolean }>({
    nodes: [],
    cursor: null,
    hasMore: false,
    loading: true,
    more: false,
    loaded: false,
  });
  const key = JSON.stringify(variables);
  const ticket = useRef(0);
  const pickRef = useRef(pick);
  pickRef.current = pick;
  const shown = useRef(0);
  shown.current = state.nodes.length;

  const load = useCallback(
    async (first: number) => {
      const mine = ++ticket.current;
      setState((s) => ({ ...s, loading: true, error: undefined }));
      try {
        const page = pickRef.current(await request(doc, { ...JSON.parse(key), first, after: null } as TVars));
        if (mine === ticket.current) setState({ nodes: page.nodes, cursor: page.pageInfo.endCursor ?? null, hasMore: page.pageInfo.hasNextPage, loading: false, more: false, loaded: true });
      } catch (caught: unknown) {
        if (mine === ticket.current) setState((s) => ({ ...s, loading: false, error: asApiError(caught) }));
      }
    },
    [doc, key],
  );
  useEffect(() => void load(pageSize), [load, pageSize]);

  const more = async () => {
    const mine = ++ticket.current;
    setState((s) => ({ ...s, more: true, error: undefined }));
    try {
      const page = pickRef.current(await request(doc, { ...JSON.parse(key), first: pageSize, after: state.cursor } as TVars));
      if (mine === ticket.current) setState((s) => ({ nodes: [...s.nodes, ...page.nodes], cursor: page.pageInfo.endCursor ?? null, hasMore: page.pageInfo.hasNextPage, loading: false, more: false, loaded: true }));
    } catch (caught: unknown) {
      if (mine === ticket.current) setState((s) => ({ ...s, more: false, error: asApiError(caught) }));
    }
  };
  const reload = () => load(Math.min(100, Math.max(pageSize, shown.current)));
  /** Changes rows in place (after a save), without fetching the list again. */
  const update = (change: (nodes: TNode[]) => TNode[]) => setState((s) => ({ ...s, nodes: change(s.nodes) }));
  return { ...state, firstLoad: state.loading && !state.loaded, loadMore: more, reload, update };
}

/**
 * Every page of a list, for choices in a select or for counting. Stops after `maxPages` pages of
 * 100 and says whether it saw everything.
 */
export async function fetchAll<TData, TVars, TNode>(doc: TypedDocumentNode<TData, TVars>, variables: Omit<TVars, 'first' | 'after'>, pick: (data: TData) => Connection<TNode>, maxPages = 10): Promise<{ nodes: TNode[]; complete: boolean }> {
  const nodes: TNode[] = [];
  let after: string | null = null;
  for (let page = 0; page < maxPages; page++) {
    const found: Connection<TNode> = pick(await request(doc, { ...variables, first: 100, after } as TVars));
    nodes.push(...found.nodes);
    if (!found.pageInfo.hasNextPage || !found.pageInfo.endCursor) return { nodes, complete: true };
    after = found.pageInfo.endCursor;
  }
  return { nodes, complete: false };
}

/** `fetchAll` as a hook: the nodes (empty until loaded), and any error. */
export function useAll<TData, TVars, TNode>(doc: TypedDocumentNode<TData, TVars>, variables: Omit<TVars, 'first' | 'after'>, pick: (data: TData) => Connection<TNode>, { skip = false } = {}) {
  const [state, setState] = useState<{ nodes: TNode[]; complete: boolean; loading: boolean; error?: ApiError }>({ nodes: [], complete: true, loading: !skip });
  const key = JSON.stringify(variables);
  const pickRef = useRef(pick);
  pickRef.current = pick;
  const ticket = useRef(0);
  const run = useCallback(async () => {
    if (skip) return;
    const mine = ++ticket.current;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    try {
      const found = await fetchAll(doc, JSON.parse(key) as Omit<TVars, 'first' | 'after'>, pickRef.current);
      if (mine === ticket.current) setState({ ...found, loading: false });
    } catch (caught: unknown) {
      if (mine === ticket.current) setState((s) => ({ ...s, loading: false, error: asApiError(caught) }));
    }
  }, [doc, key, skip]);
  useEffect(() => void run(), [run]);
  return { ...state, reload: run };
}

/** A filter form's values as a query string, leaving out the empty ones. */
export function toQuery(values: Record<string, string | boolean | undefined | null>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value === true) params.set(key, '1');
    else if (typeof value === 'string' && value.trim() !== '') params.set(key, value.trim());
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export interface FormError {
  /** The id of the field the message is about, when there is one. */
  field?: string;
  message: string;
}

/** Turns an API error into a form error on the right field, when the API names it. */
export function apiErrors(error: ApiError | undefined, fields: Record<string, string> = {}): FormError[] {
  if (!error) return [];
  return [{ field: error.field ? fields[error.field] : undefined, message: error.message }];
}

export const errorFor = (errors: FormError[], field: string) => errors.find((e) => e.field === field)?.message;

/**
 * The error summary at the top of a form: every problem, each linked to its field. Following a
 * link focuses the field without changing the address (which the action log uses for anchors).
 */
export function ErrorList({ errors }: { errors: FormError[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const text = errors.map((e) => e.message).join('|');
  useEffect(() => {
    if (text) ref.current?.focus();
  }, [text]);
  if (errors.length === 0) return null;
  const go = (event: Event, field: string) => {
    const target = document.getElementById(field);
    if (!target) return;
    event.preventDefault();
    const label = target.closest('.govuk-fieldset')?.querySelector('legend') ?? document.querySelector(`label[for="${CSS.escape(field)}"]`) ?? target;
    label.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  };
  return (
    <div class="govuk-error-summary" ref={ref} tabIndex={-1} role="alert">
      <h2 class="govuk-error-summary__title">There is a problem</h2>
      <div class="govuk-error-summary__body">
        <ul class="govuk-list govuk-error-summary__list">
          {errors.map((e) => (
            <li key={e.message}>
              {e.field ? (
                <a href={`#${e.field}`} onClick={(event) => go(event, e.field!)}>
                  {e.message}
                </a>
              ) : (
                e.message
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** A success banner that takes focus, so keyboard and screen reader users know it worked. */
export function Flash({ message }: { message: string | undefined }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  if (!message) return null;
  return (
    <div class="app-admin-flash" tabIndex={-1} ref={ref}>
      <Notice>{message}</Notice>
    </div>
  );
}

export function NoAccess() {
  useTitle('You do not have access');
  return (
    <>
      <PageHeading>You do not have access</PageHeading>
      <p class="govuk-body">Only coordinators and admins can use the admin pages.</p>
      <p class="govuk-body">If you need to manage people or invitations, ask an admin in your partnership.</p>
      <p class="govuk-body">
        <a class="govuk-link" href="/">
          Go to the home page
        </a>
      </p>
    </>
  );
}

const SECTIONS = [
  { key: 'people', href: '/admin/people', label: 'People' },
  { key: 'organisations', href: '/admin/organisations', label: 'Organisations' },
  { key: 'invitations', href: '/admin/invitations', label: 'Invitations' },
  { key: 'guests', href: '/admin/forum-guests', label: 'Forum guests' },
] as const;

export type Section = (typeof SECTIONS)[number]['key'];

/** The admin sections, under each admin page's heading; admins also get the job queues (served by the API, in this tab). */
export function AdminNav({ current }: { current?: Section }) {
  const { me } = useSession();
  return (
    <nav class="app-admin-nav" aria-label="Admin sections">
      <ul class="app-admin-nav__list">
        {SECTIONS.map((s) => (
          <li key={s.key}>
            <a class="govuk-link app-admin-nav__link" href={s.href} aria-current={current === s.key ? 'page' : undefined}>
              {s.label}
            </a>
          </li>
        ))}
        {me?.role === 'ADMIN' && (
          <li>
            <a class="govuk-link app-admin-nav__link" href="/admin/queues">
              Job queues
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}

/** Admin pages are for coordinators and admins; everyone else gets a plain refusal. */
export function AdminOnly({ children }: { children: ComponentChildren }) {
  const { me } = useSession();
  if (!isCoordinator(me)) return <NoAccess />;
  return <>{children}</>;
}

export const ROLE_LABELS: Record<string, string> = { ADMIN: 'Admin', COORDINATOR: 'Coordinator', MEMBER: 'Member', GUEST: 'Forum guest' };
export const ROLE_HINTS: Record<string, string> = {
  MEMBER: 'Takes part in groups, meetings and forums.',
  COORDINATOR: 'Also runs groups and meetings, and invites members.',
  ADMIN: 'Also manages people, roles and organisations.',
};

export const ORGANISATION_KINDS: { value: string; label: string }[] = [
  { value: 'CHARITY', label: 'Charity' },
  { value: 'COMMUNITY_GROUP', label: 'Community group' },
  { value: 'LOCAL_AUTHORITY', label: 'Local authority' },
  { value: 'NHS', label: 'NHS' },
  { value: 'PUBLIC_BODY', label: 'Public body' },
  { value: 'UNIVERSITY', label: 'University' },
  { value: 'COLLEGE', label: 'College' },
  { value: 'PARTNERSHIP_STAFF', label: 'Partnership staff' },
  { value: 'OTHER', label: 'Other' },
];
export const kindLabel = (kind: string) => ORGANISATION_KINDS.find((k) => k.value === kind)?.label ?? kind;

export const STATUS_LABELS: Record<string, string> = { OPEN: 'Open', IN_PROGRESS: 'In progress', DONE: 'Done', DROPPED: 'Dropped' };
// The same colours as the chart's bars (.app-bar--*), always with the word.
export const STATUS_COLOURS: Record<string, string | undefined> = { OPEN: undefined, IN_PROGRESS: 'teal', DONE: 'green', DROPPED: 'grey' };
export const STATUSES = ['OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED'] as const;

/** "1 person", "3 people". */
export const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
