import { createContext, useContext, type ReactNode } from 'react';
import { graphql } from '../../gql';
import type { MeQuery } from '../../gql/graphql';
import { useApiQuery } from '../graphql/hooks';
import { ApiErrorNotice } from '../ui/ApiErrorNotice';
import { LoadingState } from '../ui/LoadingState';

const MeDocument = graphql(`
  query Me {
    me {
      id
      username
      displayName
      discipline
      roles
      organisation
      tenant
      tenantName
    }
  }
`);

export type CurrentUser = MeQuery['me'];

const MeContext = createContext<CurrentUser | undefined>(undefined);

/** Loads who is signed in once (no personal data of others: no purpose needed) and shares it. */
export function MeProvider({ children }: { children: (me: CurrentUser) => ReactNode }) {
  const { data, error } = useApiQuery(MeDocument, {});
  if (error) return <ApiErrorNotice error={error} />;
  if (!data) return <LoadingState label="Je gegevens worden geladen…" />;
  return <MeContext.Provider value={data.me}>{children(data.me)}</MeContext.Provider>;
}

export function useMe(): CurrentUser {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe outside MeProvider');
  return me;
}
