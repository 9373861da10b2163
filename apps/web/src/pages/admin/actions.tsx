import { Fragment } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Button, Empty, ErrorState, Loading, PageHeading, Select, Tag, TextArea, formatDate, formatDateTime } from '../../components/ui';
import { graphql } from '../../gql';
import type { ActionStatus, ActionsLogQuery } from '../../gql/graphql';
import { useMutation, useQuery, useTitle } from '../../lib/hooks';
import { navigate, useLocation } from '../../lib/router';
import { isCoordinator, useSession, type Me } from '../../lib/session';
import { ActionsChart, useActionSummary } from './actions-chart';
import { ErrorList, STATUSES, STATUS_COLOURS, STATUS_LABELS, apiErrors, count, errorFor, toQuery, useAll, usePaged, type FormError } from './shared';

/** An action as the log lists it. */
export const ITEM_FIELDS = graphql(`
  fragment ActionsItemFields on ActionItem {
    id
    title
    dueDate
    status
    overdue
    owner {
      id
      name
    }
    meeting {
      id
      title
      startsAt
      group {
        id
        name
        myRole
      }
    }
  }
`);

const LOG = graphql(`
  query ActionsLog($first: Int!, $after: String, $groupId: ID, $ownerPersonId: ID, $status: ActionStatus, $overdue: Boolean) {
    actionLog(first: $first, after: $after, groupId: $groupId, ownerPersonId: $ownerPersonId, status: $status, overdue: $overdue) {
      nodes {
        ...ActionsItemFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const ONE = graphql(`
  query ActionsLinked($id: ID!) {
    action(id: $id) {
      ...ActionsItemFields
    }
  }
`);

const GROUPS = graphql(`
  query ActionsGroups {
    groups {
      id
      name
    }
  }
`);

const PEOPLE = graphql(`
  query ActionsPeople($first: Int!, $after: String) {
    people(first: $first, after: $after) {
      nodes {
        id
        name
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const PROGRESS = graphql(`
  query ActionsProgress($id: ID!) {
    action(id: $id) {
      id
      progress {
        status
        note
        createdAt
      }
    }
  }
`);

const UPDATE = graphql(`
  mutation ActionsUpdate($id: ID!, $input: ActionUpdateInput!) {
    updateAction(id: $id, input: $input) {
      id
      status
      overdue
      dueDate
      progress {
        status
        note
        createdAt
      }
    }
  }
`);

export type ActionRow = ActionsLogQuery['actionLog']['nodes'][number];

const MANAGERS = ['CHAIR', 'SECRETARY'];
const mayUpdate = (me: Me | null, action: ActionRow) => isCoordinator(me) || (me != null && action.owner?.id === me.id) || MANAGERS.includes(action.meeting.group.myRole ?? '');

interface Filters {
  group: string;
  owner: string;
  status: string;
  overdue: boolean;
}

const readFilters = (params: URLSearchParams): Filters => ({
  group: params.get('group') ?? '',
  owner: params.get('owner') ?? '',
  status: STATUSES.find((s) => s === params.get('status')) ?? '',
  overdue: params.get('overdue') === '1',
});

/** `#<action id>` in the address; other fragments (the skip link's) are not actions. */
const actionIdIn = (hash: string) => {
  const id = decodeURIComponent(hash.slice(1));
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id) ? id : '';
};

/** The action log: filters kept in the address so they can be shared, a table, and a chart. */
export function ActionsPage() {
  useTitle('Actions');
  const { me } = useSession();
  const location = useLocation();
  const filters = readFilters(location.searchParams);
  const [draft, setDraft] = useState(filters);
  const groups = useQuery(GROUPS);
  const people = useAll(PEOPLE, {}, (d) => d.people);
  const owner = filters.owner === 'me' ? me!.id : filters.owner || null;
  const variables = { groupId: filters.group || null, ownerPersonId: owner, status: (filters.status || null) as ActionStatus | null, overdue: filters.overdue || null };
  const list = usePaged(LOG, variables, (d) => d.actionLog, 25);
  const summary = useActionSummary(variables.groupId, owner);
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const [target, setTarget] = useState(() => actionIdIn(location.hash));
  const scrolledTo = useRef('');
  // Back and forward change the address, and so the filters: show them in the form too.
  useEffect(() => setDraft(readFilters(new URLSearchParams(location.search))), [location.search]);

  // Links to `/actions#<id>` arrive by the router (pushState) or as in-page fragments.
  useEffect(() => setTarget(actionIdIn(location.hash)), [location.hash]);
  useEffect(() => {
    const onHash = () => setTarget(actionIdIn(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const linked = useQuery(ONE, { id: target }, { skip: !target || !list.loaded || list.nodes.some((a) => a.id === target) });

  // `/actions#<id>`: open that action and bring it into view, once it is on the page.
  useEffect(() => {
    if (!target || scrolledTo.current === target) return;
    const row = document.getElementById(target);
    if (!row) return;
    scrolledTo.current = target;
    setExpanded((s) => new Set(s).add(target));
    row.scrollIntoView({ block: 'start' });
    // The row has a button for wide screens and one for narrow ones; focus the one showing.
    [...row.querySelectorAll<HTMLButtonElement>('button[aria-controls]')].find((b) => b.offsetParent !== null)?.focus({ preventScroll: true });
  });

  const toggle = (id: string) =>
    setExpanded((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const onSaved = (id: string, change: { status: ActionStatus; overdue: boolean; dueDate?: string | null }) => {
    list.update((nodes) => nodes.map((a) => (a.id === id ? { ...a, ...change } : a)));
    if (linked.data?.action.id === id) void linked.reload();
    void summary.reload();
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    navigate(`/actions${toQuery({ group: draft.group, owner: draft.owner, status: draft.status, overdue: draft.overdue })}`);
  };
  const set = (key: 'group' | 'owner' | 'status') => (event: Event) => setDraft({ ...draft, [key]: (event.currentTarget as HTMLSelectElement).value });
  const filtered = Boolean(filters.group || filters.owner || filters.status || filters.overdue);
  const showLinked = linked.data && !list.nodes.some((a) => a.id === linked.data!.action.id);

  return (
    <>
      <PageHeading caption={me!.partnership.name}>Actions</PageHeading>
      <p class="govuk-body">Actions agreed at meetings of the groups you can see. Update your own actions here when something changes.</p>

      <form class="app-admin-filters" onSubmit={onSubmit} role="search" aria-label="Filter actions" noValidate>
        <Select
          id="filter-group"
          label="Group"
          value={draft.group}
          onChange={set('group')}
          options={[{ value: '', label: 'All groups' }, ...(groups.data?.groups ?? []).map((g) => ({ value: g.id, label: g.name }))]}
        />
        <Select
          id="filter-owner"
          label="Owner"
          value={draft.owner}
          onChange={set('owner')}
          options={[
            { value: '', label: 'Anyone' },
            { value: 'me', label: 'Me' },
            ...people.nodes.filter((p) => p.id !== me!.id).map((p) => ({ value: p.id, label: p.name })),
            // An owner from a shared link who is not in the directory list (deactivated, say).
            ...(filters.owner && filters.owner !== 'me' && !people.loading && !people.nodes.some((p) => p.id === filters.owner)
              ? [{ value: filters.owner, label: list.nodes.find((a) => a.owner?.id === filters.owner)?.owner?.name ?? 'The person in the link' }]
              : []),
          ]}
        />
        <Select id="filter-status" label="Status" value={draft.status} onChange={set('status')} options={[{ value: '', label: 'Any status' }, ...STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))]} />
        <div class="govuk-form-group">
          <fieldset class="govuk-fieldset">
            <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Due date</legend>
            <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
              <div class="govuk-checkboxes__item">
                <input class="govuk-checkboxes__input" id="filter-overdue" name="overdue" type="checkbox" checked={draft.overdue} onChange={(e) => setDraft({ ...draft, overdue: (e.currentTarget as HTMLInputElement).checked })} />
                <label class="govuk-label govuk-checkboxes__label" for="filter-overdue">
                  Only overdue actions
                </label>
              </div>
            </div>
          </fieldset>
        </div>
        <div class="app-admin-filters__actions">
          <Button>Apply filters</Button>
          {filtered && (
            <a class="govuk-link" href="/actions" onClick={() => setDraft({ group: '', owner: '', status: '', overdue: false })}>
              Clear filters
            </a>
          )}
        </div>
      </form>

      {showLinked && (
        <section aria-labelledby="linked-heading">
          <h2 class="govuk-heading-m" id="linked-heading">
            The action you followed
          </h2>
          <p class="govuk-body">It is not in the list below{filtered ? ', because of the filters' : ''}.</p>
          <ActionTable caption="The action you followed" nodes={[linked.data!.action]} me={me} expanded={expanded} toggle={toggle} target={target} onSaved={onSaved} />
        </section>
      )}

      <section aria-labelledby="list-heading">
        <h2 class="govuk-heading-m" id="list-heading">
          {filtered ? 'Matching actions' : 'All actions'}
        </h2>
        {list.firstLoad && <Loading what="Loading actions" />}
        {list.error && <ErrorState error={list.error} retry={list.reload} />}
        {list.loaded && (
          <>
            <p class="govuk-body" role="status">
              {list.nodes.length === 0
                ? filtered
                  ? 'No actions match these filters.'
                  : 'There are no actions yet. They appear here when a meeting agrees them.'
                : `Showing ${count(list.nodes.length, 'action', 'actions')}${list.hasMore ? ', newest first. There are more' : ', newest first'}.`}
            </p>
            {list.nodes.length > 0 && (
              <ActionTable caption="Actions, newest first" nodes={list.nodes} me={me} expanded={expanded} toggle={toggle} target={target} onSaved={onSaved} />
            )}
            {list.hasMore && (
              <button type="button" class="govuk-button govuk-button--secondary" onClick={list.loadMore} disabled={list.more}>
                {list.more ? 'Loading…' : 'Show more actions'}
              </button>
            )}
          </>
        )}
      </section>

      <ActionsChart summary={summary} byOwner={Boolean(owner)} ignoresFilters={Boolean(filters.status || filters.overdue)} />
    </>
  );
}

interface TableProps {
  caption: string;
  nodes: ActionRow[];
  me: Me | null;
  expanded: Set<string>;
  toggle(id: string): void;
  target: string;
  onSaved(id: string, change: { status: ActionStatus; overdue: boolean; dueDate?: string | null }): void;
}

/**
 * One row per action. On phones (and at 200% zoom) the group, owner and button move under the
 * title, so the table fits the screen; the wide columns are then hidden, not repeated.
 */
function ActionTable({ caption, nodes, me, expanded, toggle, target, onSaved }: TableProps) {
  return (
    <div class="app-scroll app-admin-scroll">
      <table class="govuk-table app-admin-table app-admin-actions">
        <caption class="govuk-visually-hidden">{caption}</caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">
              Action
            </th>
            <th scope="col" class="govuk-table__header app-admin-wide">
              Group
            </th>
            <th scope="col" class="govuk-table__header app-admin-wide">
              Owner
            </th>
            <th scope="col" class="govuk-table__header">
              Due
            </th>
            <th scope="col" class="govuk-table__header">
              Status
            </th>
            <th scope="col" class="govuk-table__header app-admin-wide">
              Progress
            </th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {nodes.map((a) => {
            const open = expanded.has(a.id);
            const canUpdate = mayUpdate(me, a);
            const owner = a.owner ? (a.owner.id === me?.id ? `${a.owner.name} (you)` : a.owner.name) : null;
            const button = <ToggleButton action={a} open={open} canUpdate={canUpdate} toggle={toggle} />;
            return (
              <Fragment key={a.id}>
                <tr class={`govuk-table__row${a.id === target ? ' app-admin-target' : ''}`} id={a.id}>
                  <th scope="row" class="govuk-table__header app-admin-actions__title">
                    {a.title}
                    <span class="app-admin-narrow">
                      <span class="app-admin-secondary">
                        {a.meeting.group.name}. Owner: {owner ?? 'nobody'}.
                      </span>
                      {button}
                    </span>
                  </th>
                  <td class="govuk-table__cell app-admin-wide">{a.meeting.group.name}</td>
                  <td class="govuk-table__cell app-admin-wide">{owner ?? <span class="app-admin-secondary">No owner</span>}</td>
                  <td class="govuk-table__cell app-admin-nowrap-s">{a.dueDate ? formatDate(a.dueDate) : <span class="app-admin-secondary">No date</span>}</td>
                  <td class="govuk-table__cell">
                    <span class="app-admin-tags">
                      <Tag colour={STATUS_COLOURS[a.status]}>{STATUS_LABELS[a.status]}</Tag>
                      {a.overdue && <Tag colour="red">Overdue</Tag>}
                    </span>
                  </td>
                  <td class="govuk-table__cell app-admin-wide">{button}</td>
                </tr>
                <tr class="govuk-table__row app-admin-detail-row" id={`detail-${a.id}`} hidden={!open}>
                  <td class="govuk-table__cell" colSpan={6}>
                    {open && <ActionDetail action={a} canUpdate={canUpdate} onSaved={onSaved} />}
                  </td>
                </tr>
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function ToggleButton({ action, open, canUpdate, toggle }: { action: ActionRow; open: boolean; canUpdate: boolean; toggle(id: string): void }) {
  return (
    <button type="button" class="app-admin-link-button" aria-expanded={open} aria-controls={`detail-${action.id}`} onClick={() => toggle(action.id)}>
      {open ? 'Hide' : canUpdate ? 'Update' : 'See progress'}
      <span class="govuk-visually-hidden">
        {open ? ' the update and progress for: ' : canUpdate ? ' action: ' : ' of the action: '}
        {action.title}
      </span>
    </button>
  );
}

function ActionDetail({ action, canUpdate, onSaved }: { action: ActionRow; canUpdate: boolean; onSaved: TableProps['onSaved'] }) {
  const progress = useQuery(PROGRESS, { id: action.id });
  const update = useMutation(UPDATE);
  const [status, setStatus] = useState<string>(action.status);
  const [note, setNote] = useState('');
  const [local, setLocal] = useState<FormError[]>([]);
  const [saved, setSaved] = useState('');
  const [history, setHistory] = useState<{ status: string; note: string; createdAt: string }[] | null>(null);
  const entries = history ?? progress.data?.action.progress ?? null;
  const ids = { status: `status-${action.id}`, note: `note-${action.id}` };
  const errors = local.length ? local : apiErrors(update.error, { status: ids.status, note: ids.note, input: ids.note });

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    setSaved('');
    const text = note.trim();
    const found: FormError[] = [];
    if (status === action.status && !text) found.push({ field: ids.note, message: 'Write a progress note or choose a new status' });
    if (text.length > 5000) found.push({ field: ids.note, message: 'The progress note must be 5,000 characters or fewer' });
    setLocal(found);
    if (found.length) return;
    const result = await update.run({ id: action.id, input: { status: status === action.status ? null : (status as ActionStatus), note: text || null } });
    if (result) {
      const updated = result.updateAction;
      setHistory(updated.progress);
      setNote('');
      setStatus(updated.status);
      setSaved(`Update saved. The action is now ${STATUS_LABELS[updated.status].toLowerCase()}.`);
      onSaved(action.id, { status: updated.status, overdue: updated.overdue, dueDate: updated.dueDate });
    }
  };

  return (
    <div class="app-admin-detail">
      <p class="govuk-body-s">
        Agreed at{' '}
        <a class="govuk-link" href={`/meetings/${action.meeting.id}`}>
          {action.meeting.group.name}: {action.meeting.title}
        </a>
        , {formatDate(action.meeting.startsAt)}.
      </p>
      <h3 class="govuk-heading-s">Progress</h3>
      {progress.loading && !entries && <Loading what="Loading progress" />}
      {progress.error && !entries && <ErrorState error={progress.error} retry={progress.reload} />}
      {entries &&
        (entries.length === 0 ? (
          <Empty>No progress notes yet.</Empty>
        ) : (
          <ol class="govuk-list app-admin-progress">
            {[...entries].reverse().map((p) => (
              <li key={`${p.createdAt}-${p.status}`}>
                <span class="app-admin-secondary">
                  {formatDateTime(p.createdAt)}: {STATUS_LABELS[p.status] ?? p.status}
                </span>
                {p.note ? <span class="app-admin-progress__note">{p.note}</span> : <span class="app-admin-progress__note">Status changed.</span>}
              </li>
            ))}
          </ol>
        ))}
      <p class="govuk-body" role="status">
        {saved}
      </p>
      {canUpdate ? (
        <form onSubmit={onSubmit} noValidate aria-label={`Update: ${action.title}`}>
          <h3 class="govuk-heading-s">Update this action</h3>
          <ErrorList errors={errors} />
          <Select id={ids.status} label="Status" value={status} onChange={(e) => setStatus((e.currentTarget as HTMLSelectElement).value)} options={STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))} error={errorFor(errors, ids.status)} />
          <TextArea
            id={ids.note}
            label="Progress note"
            hint="What has happened since the last update. Everyone who can see the group can read it."
            rows={3}
            value={note}
            onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)}
            error={errorFor(errors, ids.note)}
          />
          <Button disabled={update.pending}>Save update</Button>
        </form>
      ) : (
        <p class="govuk-body-s">Only the owner, the group’s chair or secretary, or a coordinator can update this action.</p>
      )}
    </div>
  );
}

