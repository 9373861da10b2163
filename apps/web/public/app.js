// A minimal client for signing in, accepting invitations and resetting passwords. The full web
// client replaces this; it talks to the same GraphQL API through the same origin.
'use strict';

const main = document.getElementById('main');

async function graphql(query, variables = {}) {
  const response = await fetch('/graphql', { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = await response.json().catch(() => ({ errors: [{ message: 'The service did not answer. Try again in a moment.' }] }));
  return body;
}

const esc = (value) => String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const tokenFromHash = () => new URLSearchParams(location.hash.slice(1)).get('token') || '';

function render(html, focus = 'h1') {
  main.innerHTML = html;
  const target = main.querySelector(focus);
  if (target) {
    target.setAttribute('tabindex', '-1');
    target.focus();
  }
}

function field(id, label, type, hint = '', autocomplete = '') {
  return `<div class="field" id="${id}-field"><label for="${id}">${label}</label>${hint ? `<p class="hint" id="${id}-hint">${hint}</p>` : ''}
<p class="field-error" id="${id}-error" hidden></p><input id="${id}" name="${id}" type="${type}" ${autocomplete ? `autocomplete="${autocomplete}"` : ''} ${hint ? `aria-describedby="${id}-hint"` : ''}></div>`;
}

/** Shows an error summary linked to the field it is about, as GOV.UK forms do. */
function showError(form, message, fieldId) {
  form.querySelectorAll('.field.error').forEach((el) => el.classList.remove('error'));
  form.querySelectorAll('.field-error').forEach((el) => (el.hidden = true));
  let summary = form.querySelector('.error-summary');
  if (!summary) {
    summary = document.createElement('div');
    summary.className = 'error-summary';
    summary.setAttribute('role', 'alert');
    summary.tabIndex = -1;
    form.prepend(summary);
  }
  summary.innerHTML = `<h2>There is a problem</h2><p>${fieldId ? `<a href="#${fieldId}">${esc(message)}</a>` : esc(message)}</p>`;
  if (fieldId && form.querySelector(`#${fieldId}`)) {
    form.querySelector(`#${fieldId}-field`).classList.add('error');
    const error = form.querySelector(`#${fieldId}-error`);
    error.textContent = message;
    error.hidden = false;
    form.querySelector(`#${fieldId}`).setAttribute('aria-describedby', `${fieldId}-error`);
  }
  summary.focus();
}

const problem = (body) => body.errors && body.errors[0];

async function home() {
  const body = await graphql('{ me { name role partnership { name } organisation { name } } }');
  if (problem(body)) return signIn();
  const me = body.data.me;
  render(`<h1>Signed in as ${esc(me.name)} (${esc(me.role)})</h1>
<div class="panel"><p>${esc(me.partnership.name)}${me.organisation ? ` — ${esc(me.organisation.name)}` : ''}</p></div>
<p><button id="sign-out" class="secondary" type="button">Sign out</button></p>`);
  document.getElementById('sign-out').addEventListener('click', async () => {
    await graphql('mutation { signOut }');
    history.pushState({}, '', '/');
    signIn('You have signed out.');
  });
}

function signIn(notice = '') {
  render(`<h1>Sign in</h1>${notice ? `<div class="panel" role="status">${esc(notice)}</div>` : ''}
<form id="form" novalidate>${field('email', 'Email address', 'email', '', 'email')}${field('password', 'Password', 'password', '', 'current-password')}
<button type="submit">Sign in</button></form><p><a href="#forgot" id="forgot">I have forgotten my password</a></p>`);
  const form = document.getElementById('form');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const email = form.email.value.trim();
    if (!email) return showError(form, 'Enter your email address', 'email');
    if (!form.password.value) return showError(form, 'Enter your password', 'password');
    const body = await graphql('mutation($input: SignInInput!) { signIn(input: $input) { me { name } } }', { input: { email, password: form.password.value } });
    if (problem(body)) return showError(form, problem(body).message, 'email');
    home();
  });
  document.getElementById('forgot').addEventListener('click', (event) => {
    event.preventDefault();
    forgotPassword();
  });
}

function forgotPassword() {
  render(`<h1>Reset your password</h1><form id="form" novalidate>${field('email', 'Email address', 'email', 'We will email you a link to choose a new password.', 'email')}<button type="submit">Send the link</button></form>`);
  const form = document.getElementById('form');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!form.email.value.trim()) return showError(form, 'Enter your email address', 'email');
    await graphql('mutation($email: String!) { requestPasswordReset(email: $email) }', { email: form.email.value.trim() });
    render('<h1>Check your email</h1><p>If the address has an account, a link to reset the password is on its way. It works once, for an hour.</p><p><a href="/">Back to sign in</a></p>');
  });
}

async function resetPassword() {
  render(`<h1>Choose a new password</h1><form id="form" novalidate>${field('password', 'New password', 'password', 'At least 10 characters.', 'new-password')}<button type="submit">Save the new password</button></form>`);
  const form = document.getElementById('form');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = await graphql('mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }', { input: { token: tokenFromHash(), password: form.password.value } });
    if (problem(body)) return showError(form, problem(body).message, problem(body).extensions?.field === 'password' ? 'password' : undefined);
    history.replaceState({}, '', '/');
    signIn('Your password has been changed. Sign in with the new one.');
  });
}

async function acceptInvitation() {
  const token = tokenFromHash();
  const preview = await graphql('query($token: String!) { invitationPreview(token: $token) { partnershipName role email } }', { token });
  if (problem(preview)) return render(`<h1>This invitation cannot be used</h1><p>${esc(problem(preview).message)}</p>`);
  const invitation = preview.data.invitationPreview;
  render(`<h1>Join ${esc(invitation.partnershipName)}</h1><p>You have been invited as ${esc(invitation.role.toLowerCase())}.</p>
<form id="form" novalidate>${invitation.email ? `<p>Your account will use <strong>${esc(invitation.email)}</strong>.</p>` : field('email', 'Email address', 'email', '', 'email')}
${field('name', 'Your name', 'text', 'Leave blank if you already have a Convene account.', 'name')}
${field('password', 'Password', 'password', 'At least 10 characters. If you already have an account, enter its password.', 'new-password')}
<button type="submit">Accept and continue</button></form>`);
  const form = document.getElementById('form');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const input = { token, password: form.password.value, name: form.name.value.trim() || null, email: form.email ? form.email.value.trim() : null };
    const body = await graphql('mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { me { name } } }', { input });
    if (problem(body)) return showError(form, problem(body).message, ['email', 'name', 'password'].includes(problem(body).extensions?.field) ? problem(body).extensions.field : undefined);
    history.replaceState({}, '', '/');
    home();
  });
}

const routes = { '/invitation': acceptInvitation, '/reset-password': resetPassword };
(routes[location.pathname] || home)();
