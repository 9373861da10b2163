import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { graphql } from '../gql';
import type { MeQuery } from '../gql/graphql';
import { useQuery } from './hooks';

export const ME = graphql(`
  query Me {
    me {
      id
      name
      email
      role
      partnership {
        id
        name
        viewerCan {
          createGroup
          createForum
        }
      }
    }
  }
`);

export type Me = MeQuery['me'];

interface Session {
  me: Me | null;
  loading: boolean;
  /** Reads the session again (after signing in or out). */
  refresh(): Promise<void>;
}

const SessionContext = createContext<Session>({ me: null, loading: true, refresh: async () => undefined });

export function SessionProvider({ children }: { children: ComponentChildren }) {
  const { data, loading, reload } = useQuery(ME);
  return <SessionContext.Provider value={{ me: data?.me ?? null, loading, refresh: reload }}>{children}</SessionContext.Provider>;
}

export const useSession = () => useContext(SessionContext);
export const isCoordinator = (me: Me | null) => me?.role === 'ADMIN' || me?.role === 'COORDINATOR';
