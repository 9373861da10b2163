import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, request } from './api';

export interface QueryState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload(): Promise<void>;
}

/** Runs a query when its variables change; `reload` runs it again (after a mutation). */
export function useQuery<TData, TVars>(doc: TypedDocumentNode<TData, TVars>, variables?: TVars, { skip = false } = {}): QueryState<TData> {
  const [state, setState] = useState<{ data?: TData; error?: ApiError; loading: boolean }>({ loading: !skip });
  const key = JSON.stringify(variables ?? {});
  const latest = useRef(0);
  const run = useCallback(async () => {
    if (skip) return;
    const ticket = ++latest.current;
    setState((s) => ({ ...s, loading: true }));
    try {
      const data = await request(doc, variables);
      if (ticket === latest.current) setState({ data, loading: false });
    } catch (error: unknown) {
      // Keep what is on screen: a failed reload after an action should not blank the page.
      if (ticket === latest.current) setState((s) => ({ data: s.data, error: error instanceof ApiError ? error : new ApiError('INTERNAL', 'Something went wrong.'), loading: false }));
    }
  }, [doc, key, skip]);
  useEffect(() => void run(), [run]);
  return { data: state.data, error: state.error, loading: state.loading, reload: run };
}

/** A mutation with its pending flag and last error, for forms. */
export function useMutation<TData, TVars>(doc: TypedDocumentNode<TData, TVars>) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const run = useCallback(
    async (variables: TVars): Promise<TData | undefined> => {
      setPending(true);
      setError(undefined);
      try {
        return await request(doc, variables);
      } catch (caught: unknown) {
        setError(caught instanceof ApiError ? caught : new ApiError('INTERNAL', 'Something went wrong.'));
        return undefined;
      } finally {
        setPending(false);
      }
    },
    [doc],
  );
  return { run, pending, error, clearError: () => setError(undefined) };
}

/** Sets the document title, as GOV.UK services do: "Page – Convene". */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – Convene`;
  }, [title]);
}
