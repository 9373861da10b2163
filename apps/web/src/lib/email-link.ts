import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useState } from 'preact/hooks';
import { useMutation } from './hooks';
import { navigate } from './router';
import { useSession } from './session';

/** Tokens arrive in the URL fragment, which browsers never send to a server or a referrer. */
export const tokenFromHash = () => new URLSearchParams(location.hash.slice(1)).get('token') ?? '';

/**
 * A page behind an emailed link that signs the person in (confirming their address, a sign-in
 * link): the token is read once from the fragment and used on a button press, not on load, since
 * mail scanners open links too and must not use them up; then the session is read again and
 * home shown.
 */
export function useSignInByLink<TData>(doc: TypedDocumentNode<TData, { token: string }>) {
  const [token] = useState(tokenFromHash);
  const mutation = useMutation(doc);
  const session = useSession();
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (await mutation.run({ token })) {
      await session.refresh();
      navigate('/', { replace: true });
    }
  };
  return { token, mutation, onSubmit };
}
