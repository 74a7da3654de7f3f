/** The signed-in user: who they are, what their roles allow, sign-in and sign-out. */
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { hasPermission } from '../../core/access/policy.ts';
import type { Module, Permission } from '../../core/vocab.ts';
import { api, ApiError, csrfToken, onSessionLost, setCsrf } from './api.ts';
import { applyLocale, isLocale } from './i18n.ts';
import { navigate } from './router.tsx';
import type { Me } from './types.ts';

interface Session {
  me: Me;
  can(module: Module, permission?: Permission): boolean;
  logout(): Promise<void>;
}

const Ctx = createContext<Session | null>(null);

export function useSession(): Session {
  const s = useContext(Ctx);
  if (!s) throw new Error('useSession outside a signed-in page');
  return s;
}

/**
 * Whether this browser signed in and has not signed out since (shared by its tabs). Without it the app
 * does not ask /api/auth/me, so a signed-out login page does not log a 401 on every visit; a session
 * that ended on the server still answers 401 once, which clears the mark.
 */
const SIGNED_IN_KEY = 'vigil.signedIn';
function markSignedIn(on: boolean): void {
  try {
    if (on) localStorage.setItem(SIGNED_IN_KEY, '1');
    else localStorage.removeItem(SIGNED_IN_KEY);
  } catch {
    // no storage: the app asks the server each time
  }
}
function maybeSignedIn(): boolean {
  try {
    return localStorage.getItem(SIGNED_IN_KEY) === '1' || !!csrfToken();
  } catch {
    return true;
  }
}

export function useMe() {
  return useQuery<Me | null>({
    queryKey: ['me'],
    queryFn: async () => {
      if (!maybeSignedIn()) return null;
      try {
        const me = await api.get<Me>('/api/auth/me');
        markSignedIn(true);
        return me;
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) {
          markSignedIn(false);
          return null;
        }
        throw e;
      }
    },
    staleTime: 5 * 60_000,
    retry: false,
  });
}

export async function login(username: string, password: string): Promise<void> {
  const r = await api.post<{ csrfToken: string }>('/api/auth/login', { username, password });
  setCsrf(r.csrfToken);
  markSignedIn(true);
}

/** Whether a user's roles allow something (the same rule as the server's policy). */
export function allows(me: Me, module: Module, permission: Permission = 'read'): boolean {
  return hasPermission({ userId: me.id, orgId: me.organisation.id, orgKind: me.organisation.kind, clearance: me.clearance, roles: me.roles, groupIds: [] }, module, permission);
}

export function SessionProvider({ me, children }: { me: Me; children: ReactNode }) {
  const qc = useQueryClient();
  useEffect(() => {
    if (isLocale(me.locale)) void applyLocale(me.locale);
  }, [me.id, me.locale]);
  useEffect(
    () =>
      onSessionLost(() => {
        setCsrf(null);
        markSignedIn(false);
        const here = window.location.pathname + window.location.search;
        qc.setQueryData(['me'], null);
        qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
        navigate(`/login?next=${encodeURIComponent(here)}&expired=1`, { replace: true });
      }),
    [qc],
  );
  const value: Session = {
    me,
    can: (module, permission = 'read') => allows(me, module, permission),
    async logout() {
      try {
        await api.post('/api/auth/logout');
      } catch {
        // signed out anyway
      }
      setCsrf(null);
      markSignedIn(false);
      qc.clear();
      qc.setQueryData(['me'], null);
      navigate('/login', { replace: true });
    },
  };
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}
