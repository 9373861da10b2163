import type { ComponentType } from 'preact';
import { AcceptInvitationPage, ConfirmEmailPage, ForgotPasswordPage, ResetPasswordPage, SignInPage } from './pages/account';
import { HomePage } from './pages/home';
import { SignInByEmailPage, SignInLinkPage } from './pages/sign-in-link';
import { ROUTES as ADMIN } from './pages/admin/routes';
import { ROUTES as DIRECTORY } from './pages/directory/routes';
import { ROUTES as BANK } from './pages/bank/routes';
import { ROUTES as FOI } from './pages/foi/routes';
import { ROUTES as FOI_ANSWERS } from './pages/foi/answers/routes';
import { ROUTES as FORUMS } from './pages/forums/routes';
import { ROUTES as GROUPS } from './pages/groups/routes';
import { ROUTES as MEETINGS } from './pages/meetings/routes';
import { ROUTES as PEOPLE } from './pages/people/routes';

export interface Route {
  path: string;
  // Each page takes its route parameters as props.
  component: ComponentType<never>;
  /** Reachable without signing in. */
  public?: boolean;
}

/** Every screen of the client, in match order. */
export const ROUTES: Route[] = [
  { path: '/sign-in', component: SignInPage, public: true },
  { path: '/sign-in/email', component: SignInByEmailPage, public: true },
  { path: '/sign-in/link', component: SignInLinkPage, public: true },
  { path: '/forgot-password', component: ForgotPasswordPage, public: true },
  { path: '/reset-password', component: ResetPasswordPage, public: true },
  { path: '/invitation', component: AcceptInvitationPage, public: true },
  { path: '/confirm-email', component: ConfirmEmailPage, public: true },
  { path: '/', component: HomePage },
  ...GROUPS,
  ...MEETINGS,
  ...FORUMS,
  ...ADMIN,
  ...PEOPLE,
  ...DIRECTORY,
  ...BANK,
  ...FOI,
  ...FOI_ANSWERS,
];
