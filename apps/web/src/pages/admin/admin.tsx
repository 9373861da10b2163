import { PageHeading } from '../../components/ui';
import { useTitle } from '../../lib/hooks';
import { useSession } from '../../lib/session';
import { AdminNav, AdminOnly } from './shared';

/** The front page of admin: what each section is for. */
export function AdminHomePage() {
  return (
    <AdminOnly>
      <AdminHome />
    </AdminOnly>
  );
}

function AdminHome() {
  useTitle('Admin');
  const { me } = useSession();
  const admin = me?.role === 'ADMIN';
  return (
    <>
      <PageHeading caption={me?.partnership.name}>Admin</PageHeading>
      <AdminNav />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <h2 class="govuk-heading-m">
            <a class="govuk-link" href="/admin/people">
              People
            </a>
          </h2>
          <p class="govuk-body">
            Everyone in the partnership, their organisation and their role.
            {admin ? ' Change roles, or deactivate someone who has left.' : ' Only admins can change roles or deactivate people.'}
          </p>
          <h2 class="govuk-heading-m">
            <a class="govuk-link" href="/admin/organisations">
              Organisations
            </a>
          </h2>
          <p class="govuk-body">The councils, charities, NHS bodies and community groups that take part.{admin ? ' Add, change or remove them.' : ''}</p>
          <h2 class="govuk-heading-m">
            <a class="govuk-link" href="/admin/invitations">
              Invitations
            </a>
          </h2>
          <p class="govuk-body">Invite someone by email, or make a link to share. See which invitations have been used.</p>
          <h2 class="govuk-heading-m">
            <a class="govuk-link" href="/admin/forum-guests">
              Forum guests
            </a>
          </h2>
          <p class="govuk-body">People invited to forums only. Make a guest a member, or review who joined through a forum invitation.</p>
        </div>
      </div>
    </>
  );
}
