import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { Empty, ErrorState, Loading, Notice, PageHeading, Rag, Tag, formatDate, formatDateTime } from '../../components/ui';
import { graphql } from '../../gql';
import type { GroupsGroupQuery } from '../../gql/graphql';
import { useQuery, useTitle } from '../../lib/hooks';
import { useLocation } from '../../lib/router';
import { SEATS } from '../directory/labels';
import { DIRECTION_WORDS, KIND_WORDS, ROLE_WORDS, VISIBILITY_WORDS, cadenceInWords, daysBefore, durationInWords, longDate, shortDate, timeOfDay } from './format';
import { ScrollTable, TermsSummary, TextBlocks, VersionHistory, WarningText } from './parts';

const GROUP = graphql(`
  query GroupsGroup($id: ID!) {
    me {
      id
      partnership {
        id
        slug
      }
    }
    group(id: $id) {
      id
      name
      slug
      kind
      visibility
      description
      cadence
      cadenceStart
      meetingDurationMinutes
      defaultLocation
      defaultOnlineUrl
      submissionDeadlineDays
      agendaPackDays
      myRole
      archivedAt
      viewerCan {
        edit
        manageMembers
        createForum
      }
      forum {
        id
        name
      }
      members {
        id
        role
        person {
          id
          name
        }
        organisation {
          id
          name
        }
        seat {
          seat
          deputyName
        }
      }
      currentTerms {
        ...GroupsTermsFields
      }
      termsHistory {
        ...GroupsTermsFields
      }
      meetings {
        id
        title
        startsAt
        endsAt
        location
        onlineUrl
        status
        cancelReason
        moved
        oneOff
      }
    }
    assessmentComparison(groupId: $id, lastN: 6) {
      theme
      cells {
        meetingId
        startsAt
        rating
        direction
      }
    }
  }
`);

type Data = GroupsGroupQuery;
type Group = Data['group'];
type Meeting = Group['meetings'][number];

const isWebLink = (url: string) => /^https?:\/\//i.test(url);
const ACRONYMS: Record<string, string> = { esol: 'ESOL', nhs: 'NHS', uasc: 'UASC' };
const themeName = (theme: string) => ACRONYMS[theme.toLowerCase()] ?? theme.charAt(0).toUpperCase() + theme.slice(1);

function Row({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="govuk-summary-list__row">
      <dt class="govuk-summary-list__key">{label}</dt>
      <dd class="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

function Summary({ group }: { group: Group }) {
  const cadence = group.cadence ? cadenceInWords(group.cadence) : null;
  return (
    <dl class="govuk-summary-list">
      <Row label="Type">{KIND_WORDS[group.kind] ?? group.kind}</Row>
      <Row label="Who can see it">{VISIBILITY_WORDS[group.visibility] ?? group.visibility}</Row>
      <Row label="How often it meets">
        {!group.cadence ? (
          'No regular meetings are set'
        ) : cadence ? (
          <>
            {cadence}
            {group.cadenceStart && `, at ${timeOfDay(group.cadenceStart)}, from ${longDate(group.cadenceStart)}`}
          </>
        ) : (
          <>
            Repeating rule: <code class="app-groups-code">{group.cadence}</code>
            {group.cadenceStart && `, from ${formatDateTime(group.cadenceStart)}`}
          </>
        )}
      </Row>
      <Row label="Meetings last">{durationInWords(group.meetingDurationMinutes)}</Row>
      {(group.defaultLocation || group.defaultOnlineUrl) && (
        <Row label="Usually meets">
          {group.defaultLocation}
          {group.defaultLocation && group.defaultOnlineUrl && <br />}
          {group.defaultOnlineUrl &&
            (isWebLink(group.defaultOnlineUrl) ? (
              <a class="govuk-link app-groups-break" href={group.defaultOnlineUrl} rel="noreferrer noopener">
                Online meeting link<span class="govuk-visually-hidden"> for {group.name}</span>
              </a>
            ) : (
              'Online'
            ))}
        </Row>
      )}
      <Row label="Agenda items">Members can propose items until {daysBefore(group.submissionDeadlineDays)}</Row>
      <Row label="Agenda pack">Emailed {daysBefore(group.agendaPackDays)}</Row>
      <Row label="Your role">{group.myRole ? (ROLE_WORDS[group.myRole] ?? group.myRole) : 'You are not a member of this group'}</Row>
    </dl>
  );
}

function MeetingItem({ meeting }: { meeting: Meeting }) {
  const cancelled = meeting.status === 'CANCELLED';
  return (
    <li>
      <a class="govuk-link govuk-!-font-weight-bold" href={`/meetings/${meeting.id}`}>
        {meeting.title}
        <span class="govuk-visually-hidden">, {formatDate(meeting.startsAt)}</span>
      </a>
      {cancelled && (
        <>
          {' '}
          <Tag colour="red">Cancelled</Tag>
        </>
      )}
      {!cancelled && meeting.moved && (
        <>
          {' '}
          <Tag colour="yellow">Moved</Tag>
        </>
      )}
      {meeting.oneOff && (
        <>
          {' '}
          <Tag colour="grey">Extra meeting</Tag>
        </>
      )}
      <br />
      <span class={cancelled ? 'app-groups-cancelled' : undefined}>
        {formatDateTime(meeting.startsAt)} to {timeOfDay(meeting.endsAt)}
      </span>
      <br />
      {meeting.location ? `${meeting.location}${meeting.onlineUrl ? ', and online' : ''}` : meeting.onlineUrl ? 'Online' : 'Place to be confirmed'}
      {cancelled && meeting.cancelReason && (
        <>
          <br />
          Reason: {meeting.cancelReason}
        </>
      )}
    </li>
  );
}

function Meetings({ meetings, now }: { meetings: Meeting[]; now: number }) {
  const upcoming = meetings.filter((m) => Date.parse(m.endsAt) >= now).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const recent = meetings.filter((m) => Date.parse(m.endsAt) < now).sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return (
    <>
      <h3 class="govuk-heading-s">Coming up</h3>
      {upcoming.length === 0 ? (
        <Empty>No meetings are planned in the next six months.</Empty>
      ) : (
        <ul class="govuk-list govuk-list--spaced">
          {upcoming.map((m) => (
            <MeetingItem meeting={m} key={m.id} />
          ))}
        </ul>
      )}
      <h3 class="govuk-heading-s">Recent</h3>
      {recent.length === 0 ? (
        <Empty>No meetings in the last three months.</Empty>
      ) : (
        <ul class="govuk-list govuk-list--spaced">
          {recent.map((m) => (
            <MeetingItem meeting={m} key={m.id} />
          ))}
        </ul>
      )}
    </>
  );
}

/** Themes down the side, meetings across the top, each cell a rating in colour and in words. */
function AssessmentGrid({ rows }: { rows: Data['assessmentComparison'] }) {
  if (rows.length === 0) return <Empty>No meeting of this group has an agreed sector assessment yet.</Empty>;
  const columns = rows[0].cells;
  return (
    <>
      <p class="govuk-body">
        Each cell shows the most serious rating agreed for a theme at a meeting, and whether things were improving, stable or worsening. “None” means the theme was not assessed at
        that meeting.
      </p>
      <ScrollTable labelledBy="assessment-caption">
        <table class="govuk-table app-groups-grid">
          <caption class="govuk-table__caption govuk-table__caption--s" id="assessment-caption">
            Ratings by theme at the last {columns.length === 1 ? 'assessed meeting' : `${columns.length} assessed meetings`}, oldest first
          </caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">
                Theme
              </th>
              {columns.map((c) => (
                <th scope="col" class="govuk-table__header" key={c.meetingId}>
                  <a class="govuk-link" href={`/meetings/${c.meetingId}`}>
                    <span class="govuk-visually-hidden">Meeting of </span>
                    {shortDate(c.startsAt)}
                  </a>
                </th>
              ))}
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {rows.map((row) => (
              <tr class="govuk-table__row" key={row.theme}>
                <th scope="row" class="govuk-table__header">
                  {themeName(row.theme)}
                </th>
                {row.cells.map((cell) => (
                  <td class="govuk-table__cell" key={cell.meetingId}>
                    <Rag rating={cell.rating} />
                    {cell.rating && cell.direction && <span class="app-groups-direction">{DIRECTION_WORDS[cell.direction] ?? cell.direction}</span>}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </>
  );
}

function Members({ group }: { group: Group }) {
  if (group.members.length === 0) return <Empty>This group has no members yet.</Empty>;
  return (
    <ScrollTable labelledBy="members-caption">
      <table class="govuk-table">
        <caption class="govuk-table__caption govuk-table__caption--s" id="members-caption">
          {group.members.length === 1 ? '1 member' : `${group.members.length} members`}, with the organisation each represents
        </caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">
              Name
            </th>
            <th scope="col" class="govuk-table__header">
              Role
            </th>
            <th scope="col" class="govuk-table__header">
              Organisation
            </th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {group.members.map((m) => (
            <tr class="govuk-table__row" key={m.id}>
              <th scope="row" class="govuk-table__header">
                {m.person?.name ?? 'Former member'}
              </th>
              <td class="govuk-table__cell">{ROLE_WORDS[m.role] ?? m.role}</td>
              <td class="govuk-table__cell">
                {m.organisation?.name ?? <span class="govuk-hint">Not given</span>}
                {m.seat && (
                  <span class="govuk-hint govuk-!-margin-bottom-0">
                    {SEATS[m.seat.seat]} seat{m.seat.deputyName ? `, deputy ${m.seat.deputyName}` : ''}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

function Terms({ group, manager }: { group: Group; manager: boolean }) {
  const current = group.currentTerms;
  const inProgress = group.termsHistory.find((t) => t.status === 'DRAFT' || t.status === 'PROPOSED');
  return (
    <>
      {current ? (
        <>
          <p class="govuk-body">
            Version {current.version}
            {current.approvedAt && `, approved on ${formatDate(current.approvedAt)}${current.approvedBy ? ` by ${current.approvedBy.name}` : ''}`}.
          </p>
          {current.reviewDue && current.reviewDate && <WarningText>These terms of reference were due for review on {formatDate(current.reviewDate)}.</WarningText>}
          <TermsSummary terms={current} />
          {current.body && (
            <>
              <h3 class="govuk-heading-s">Full text</h3>
              <div class="app-groups-text">
                <TextBlocks text={current.body} />
              </div>
            </>
          )}
        </>
      ) : (
        <Empty>This group has no approved terms of reference yet.</Empty>
      )}
      {manager && (
        <p class="govuk-body">
          {inProgress && `Version ${inProgress.version} is ${inProgress.status === 'DRAFT' ? 'being drafted' : 'proposed and waiting for approval'}. `}
          <a class="govuk-link" href={`/groups/${group.id}/terms-of-reference`}>
            {inProgress ? 'Continue changing the terms of reference' : 'Change the terms of reference'}
          </a>
        </p>
      )}
      <h3 class="govuk-heading-s">Version history</h3>
      <VersionHistory versions={group.termsHistory} id="history" />
    </>
  );
}

/** What the viewer may do here, as the API says: settings, members, the group's forum. */
function GroupActions({ group }: { group: Group }) {
  const { searchParams } = useLocation();
  return (
    <>
      {searchParams.get('notice') === 'saved' && <Notice>The group’s settings have been saved.</Notice>}
      {group.archivedAt && <WarningText>This group is archived. No more meetings are planned for it.</WarningText>}
      <ul class="govuk-list app-manage-links">
        {group.viewerCan.edit && (
          <li>
            <a class="govuk-link" href={`/groups/${group.id}/edit`}>
              Change the group’s settings
            </a>
          </li>
        )}
        {group.viewerCan.manageMembers && (
          <li>
            <a class="govuk-link" href={`/groups/${group.id}/members`}>
              Manage members
            </a>
          </li>
        )}
        {group.forum ? (
          <li>
            <a class="govuk-link" href={`/forums/${group.forum.id}`}>
              Go to the group’s forum<span class="govuk-visually-hidden">, {group.forum.name}</span>
            </a>
          </li>
        ) : (
          group.viewerCan.createForum && (
            <li>
              <a class="govuk-link" href={`/forums/new?groupId=${encodeURIComponent(group.id)}`}>
                Create a forum for the group
              </a>
            </li>
          )
        )}
      </ul>
    </>
  );
}

/** A group: what it is, its meetings, the sector picture, its members and its terms of reference. */
export function GroupPage({ groupId }: { groupId: string }) {
  const [now] = useState(() => Date.now());
  const { data, error, loading, reload } = useQuery(GROUP, { id: groupId });
  useTitle(data ? data.group.name : error?.code === 'NOT_FOUND' ? 'Group not found' : 'Group');
  if (loading && !data) return <Loading what="Loading the group" />;
  if (error || !data) {
    const notFound = error?.code === 'NOT_FOUND' || error?.code === 'BAD_USER_INPUT';
    return (
      <>
        <PageHeading>{notFound ? 'Group not found' : 'Sorry, the group cannot be shown'}</PageHeading>
        {notFound ? (
          <p class="govuk-body">The group may have been removed, or you may not be a member of it. Check the web address.</p>
        ) : (
          error && <ErrorState error={error} retry={reload} />
        )}
        <p class="govuk-body">
          <a class="govuk-link" href="/groups">
            See all your groups
          </a>
        </p>
      </>
    );
  }
  const group = data.group;
  const manager = group.viewerCan.edit;
  const publicPath = `/public/${encodeURIComponent(data.me.partnership.slug)}/${encodeURIComponent(group.slug)}`;
  return (
    <>
      <a class="govuk-back-link" href="/groups">
        All groups
      </a>
      <PageHeading caption={KIND_WORDS[group.kind]}>{group.name}</PageHeading>
      <GroupActions group={group} />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          {group.description ? (
            <div class="app-groups-text">
              <TextBlocks text={group.description} />
            </div>
          ) : null}
          <Summary group={group} />
        </div>
        <div class="govuk-grid-column-one-third">
          <nav class="app-groups-contents" aria-labelledby="contents-heading">
            <h2 class="govuk-heading-s" id="contents-heading">
              On this page
            </h2>
            <ul class="govuk-list">
              <li>
                <a class="govuk-link" href="#meetings">
                  Meetings
                </a>
              </li>
              <li>
                <a class="govuk-link" href="#assessment">
                  Sector assessment
                </a>
              </li>
              <li>
                <a class="govuk-link" href="#members">
                  Members
                </a>
              </li>
              <li>
                <a class="govuk-link" href="#terms">
                  Terms of reference
                </a>
              </li>
            </ul>
          </nav>
          {group.visibility === 'PUBLIC' && (
            <div class="govuk-inset-text">
              Anyone can read this group’s terms of reference and published minutes on its{' '}
              <a class="govuk-link" href={publicPath}>
                public page
              </a>
              .
            </div>
          )}
        </div>
      </div>

      <div class="govuk-grid-row">
        <section class="govuk-grid-column-two-thirds" aria-labelledby="meetings">
          <h2 class="govuk-heading-m app-groups-section" id="meetings" tabIndex={-1}>
            Meetings
          </h2>
          <Meetings meetings={group.meetings} now={now} />
          {manager && !group.archivedAt && (
            <p class="govuk-body">
              <a class="govuk-link" href={`/groups/${group.id}/meetings/new`}>
                Schedule a one-off meeting
              </a>
            </p>
          )}
        </section>
      </div>

      <section aria-labelledby="assessment">
        <h2 class="govuk-heading-m app-groups-section" id="assessment" tabIndex={-1}>
          Sector assessment
        </h2>
        <AssessmentGrid rows={data.assessmentComparison} />
      </section>

      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <section aria-labelledby="members">
            <h2 class="govuk-heading-m app-groups-section" id="members" tabIndex={-1}>
              Members
            </h2>
            <Members group={group} />
            <p class="govuk-body">
              <a class="govuk-link" href={`/groups/${group.id}/members`}>
                {group.viewerCan.manageMembers ? 'Add, invite or change members' : 'See the members’ page'}
              </a>
            </p>
          </section>
          <section aria-labelledby="terms">
            <h2 class="govuk-heading-m app-groups-section" id="terms" tabIndex={-1}>
              Terms of reference
            </h2>
            <Terms group={group} manager={manager} />
          </section>
        </div>
      </div>
    </>
  );
}
