/** The top of the app: signed out → login; signed in → the shell with the page for the path. */
import { Center, Container } from '@mantine/core';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, Loading } from '../components/States.tsx';
import { navigate, useLocation } from '../lib/router.tsx';
import { SessionProvider, useMe } from '../lib/session.tsx';
import { LoginPage } from './Login.tsx';
import { publicRoute, resolveRoute } from './routes.tsx';
import { Shell } from './Shell.tsx';

export function App() {
  const me = useMe();
  const loc = useLocation();
  const { t } = useTranslation();
  const signedIn = !!me.data;
  const open = publicRoute(loc.path);
  const isPublic = open !== null;

  useEffect(() => {
    if (me.isPending || me.isError || isPublic) return;
    if (!signedIn && loc.path !== '/login') {
      const here = loc.path + (loc.query.toString() ? `?${loc.query.toString()}` : '');
      navigate(`/login${here === '/' ? '' : `?next=${encodeURIComponent(here)}`}`, { replace: true });
    }
  }, [signedIn, me.isPending, me.isError, loc.path, loc.query, isPublic]);

  useEffect(() => {
    document.title = t('app.title');
  }, [t]);

  // Public pages (the provider portal): no sign-in, no shell.
  if (isPublic) return <Suspense fallback={<Loading />}>{open}</Suspense>;
  if (me.isPending) return <Loading />;
  if (me.isError) {
    return (
      <Container size="sm" py="xl">
        <ErrorState error={me.error} onRetry={() => void me.refetch()} />
      </Container>
    );
  }
  if (!me.data || loc.path === '/login') {
    if (me.data) {
      // Signed in on the login page: go where the user was headed.
      const next = loc.query.get('next');
      queueMicrotask(() => navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : '/', { replace: true }));
      return <Loading />;
    }
    return <LoginPage />;
  }
  return (
    <SessionProvider me={me.data}>
      <Shell>
        <Suspense
          fallback={
            <Center py="xl">
              <Loading />
            </Center>
          }
        >
          <Routed />
        </Suspense>
      </Shell>
    </SessionProvider>
  );
}

function Routed() {
  const loc = useLocation();
  return resolveRoute(loc.path);
}
