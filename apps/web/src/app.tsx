import type { ComponentType } from 'preact';
import { useEffect } from 'preact/hooks';
import { Loading, PageHeading } from './components/ui';
import { graphql } from './gql';
import { request } from './lib/api';
import { match, navigate, useLocation } from './lib/router';
import { SessionProvider, isCoordinator, useSession } from './lib/session';
import { ROUTES, type Route } from './routes';

const SIGN_OUT = graphql(`
  mutation SignOut {
    signOut
  }
`);

function Header() {
  const { me, refresh } = useSession();
  const { pathname } = useLocation();
  const current = (href: string) => (href === '/' ? pathname === '/' : pathname.startsWith(href) ? 'page' : undefined);
  // A forum guest sees their forums and their own profile, nothing else of the partnership.
  const links = me?.role === 'GUEST'
    ? [{ href: '/forums', label: 'Forums' }]
    : me
    ? [
        { href: '/', label: 'Home' },
        { href: '/groups', label: 'Groups' },
        { href: '/actions', label: 'Actions' },
        { href: '/forums', label: 'Forums' },
        { href: '/directory', label: 'Directory' },
        { href: '/bank', label: 'Knowledge bank' },
        // Coordinators see every campaign; members see their groups' sent ones.
        { href: '/foi', label: 'FOI' },
        ...(isCoordinator(me) ? [{ href: '/admin', label: 'Admin' }] : []),
      ]
    : [];
  const signOut = async () => {
    await request(SIGN_OUT).catch(() => undefined);
    // Leave the signed-in page first, or it would send us to sign in and back again.
    navigate('/sign-in?notice=signed-out', { replace: true });
    await refresh();
  };
  return (
    <header class="app-header" role="banner">
      <div class="govuk-width-container app-header__inner">
        <a class="app-header__brand" href="/">
          Convene
        </a>
        {me && (
          <nav aria-label="Main">
            <ul class="app-nav">
              {links.map((l) => (
                <li key={l.href}>
                  <a href={l.href} aria-current={current(l.href) === undefined ? undefined : 'page'}>
                    {l.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {me && (
          <div class="app-header__who">
            <a class="govuk-link govuk-link--inverse" href="/account">
              {me.name}
            </a>{' '}
            <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={signOut}>
              Sign out
            </button>
          </div>
        )}
      </div>
    </header>
  );
}

function NotFound() {
  return (
    <>
      <PageHeading>Page not found</PageHeading>
      <p class="govuk-body">If you typed the web address, check it is correct.</p>
      <p class="govuk-body">
        <a class="govuk-link" href="/">
          Go to the home page
        </a>
      </p>
    </>
  );
}

function resolve(pathname: string): { route: Route; params: Record<string, string> } | null {
  for (const route of ROUTES) {
    const params = match(route.path, pathname);
    if (params) return { route, params };
  }
  return null;
}

function Page() {
  const { me, loading } = useSession();
  const { pathname } = useLocation();
  const found = resolve(pathname);
  const needsSignIn = found && !found.route.public && !me && !loading;
  // A forum guest's home is their forums: the partnership's home page is not theirs to see.
  const guestAtHome = me?.role === 'GUEST' && pathname === '/';
  useEffect(() => {
    if (needsSignIn) navigate(`/sign-in?next=${encodeURIComponent(pathname)}`, { replace: true });
    if (guestAtHome) navigate('/forums', { replace: true });
  }, [needsSignIn, guestAtHome, pathname]);
  if (guestAtHome) return <Loading />;
  if (!found) return <NotFound />;
  if (!found.route.public && !me) return <Loading />;
  const Component = found.route.component as ComponentType<Record<string, string>>;
  return <Component key={pathname} {...found.params} />;
}

export function App() {
  return (
    <SessionProvider>
      <a href="#main-content" class="govuk-skip-link">
        Skip to main content
      </a>
      <Header />
      <div class="govuk-width-container">
        <main class="govuk-main-wrapper" id="main-content" role="main">
          <Page />
        </main>
      </div>
      <footer class="govuk-footer" role="contentinfo">
        <div class="govuk-width-container">
          <p class="govuk-footer__meta-custom">Convene: partnership working in the migration and refugee sector.</p>
        </div>
      </footer>
    </SessionProvider>
  );
}
