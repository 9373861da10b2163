import { createHash } from 'node:crypto';
import { gql, seedPartnership, type SeededPartnership } from '@convene/testing';
import { startApi, type ApiHarness } from './testing/api-harness';

/**
 * Every role against every group operation, in one table. `Y` is allowed; anything else must be
 * refused, and refusals never reveal more than "not found" or a plain reason.
 */
// A forum guest of the partnership is refused everything here but the forum they are in (Safeguarding leads).
const ROLES = ['admin', 'coordinator', 'chair', 'member', 'observer', 'bystander', 'outsider', 'guest'] as const;
type Role = (typeof ROLES)[number];

// admin coordinator chair member observer bystander outsider guest
const MATRIX: Record<string, string> = {
  readPrivateGroup: 'Y Y Y Y Y - - -',
  readMeeting: 'Y Y Y Y Y - - -',
  readAgendaItems: 'Y Y Y Y Y - - -',
  readMembersNested: 'Y Y Y Y Y - - -',
  proposeItem: 'Y Y Y Y - - - -',
  contributeAssessment: 'Y Y Y Y - - - -',
  sendApologies: '- - Y Y Y - - -',
  addAgendaItem: 'Y Y Y - - - - -',
  publishAgenda: 'Y Y Y - - - - -',
  startMinutes: 'Y Y Y - - - - -',
  readDraftMinutes: 'Y Y Y - - - - -',
  addAction: 'Y Y Y - - - - -',
  setGroupMember: 'Y Y Y - - - - -',
  readPartnershipGroup: 'Y Y Y Y Y Y - -',
  // Each role owns an action; the bystander's is from before they left the group.
  updateOwnAction: 'Y Y Y Y Y - - -',
  // Rename the group after a private forum and open an inputs thread: the forum stays out of reach.
  readForumAfterGroupTakesItsName: 'Y Y - - - - - Y',
  openInputsThread: 'Y Y Y - - - - -',
  // Papers (files) on an item of the private group; the RESTRICTED one names the member.
  createPaperUpload: 'Y Y Y - - - - -',
  readGroupPaper: 'Y Y Y Y Y - - -',
  readRestrictedPaper: 'Y Y Y Y - - - -',
  // The paper query (its versions) answers as the download does.
  queryRestrictedPaper: 'Y Y Y Y - - - -',
  setPaperConfidentiality: 'Y Y Y - - - - -',
  // Files on the (DRAFT) minutes: attached and read by their managers only; named readers shown to managers.
  createMinutesPaperUpload: 'Y Y Y - - - - -',
  readDraftMinutesPaper: 'Y Y Y - - - - -',
  readPaperReaders: 'Y Y Y - - - - -',
  // The agenda pack PDF of the private group's meeting (one agenda version published): 202 while
  // it is built for those who may read the meeting, the 404 of a missing meeting for anyone else.
  readAgendaPackPdf: 'Y Y Y Y Y - - -',
  // Draft minutes have no PDF, for anyone.
  readDraftMinutesPdf: '- - - - - - - -',
  // Knowledge bank: a resource seen by the private group only, and one for the partnership.
  readGroupResource: 'Y Y Y Y Y - - -',
  countGroupResource: 'Y Y Y Y Y - - -',
  downloadGroupResource: 'Y Y Y Y Y - - -',
  readPartnershipResource: 'Y Y Y Y Y Y - -',
  createResource: 'Y Y - - - - - -',
  updateResource: 'Y Y - - - - - -',
  setResourceContributor: 'Y Y - - - - - -',
  // CSV import (preview and import), the search exported as a file, and a member's saved search.
  previewResourceImport: 'Y Y - - - - - -',
  importResources: 'Y Y - - - - - -',
  exportGroupResource: 'Y Y Y Y Y - - -',
  deleteMembersSavedSearch: '- - - Y - - - -',
  // Take the partnership's resource as a paper for an item of the private group: its managers.
  citeResourceAsPaper: 'Y Y Y - - - - -',
  // Following the private group's forum and a thread in it: whoever may read it (observers too).
  followGroupThread: 'Y Y Y Y Y - - -',
  followGroupForum: 'Y Y Y Y Y - - -',
  readGroupThreadUnread: 'Y Y Y Y Y - - -',
  // Held posts in the private group's forum (the member wrote them): its moderators (the chair,
  // coordinators) see, approve and reject them; the author reads their own, marked waiting.
  readHeldPost: 'Y Y Y Y - - - -',
  listHeldPosts: 'Y Y Y - - - - -',
  approveHeldPost: 'Y Y Y - - - - -',
  rejectHeldPost: 'Y Y Y - - - - -',
  setForumPersonalDataMode: 'Y Y Y - - - - -',
  // Moderating a thread's title; a hidden title's words are for moderators only.
  editThreadTitle: 'Y Y Y - - - - -',
  hideThreadTitle: 'Y Y Y - - - - -',
  readHiddenTitle: 'Y Y Y - - - - -',
  // A person (the member) in a forum the guest is in too: the guest reads their name, nothing more.
  readForumPersonName: 'Y Y Y Y Y Y - Y',
  readForumPersonRole: 'Y Y Y Y Y Y - -',
  readForumPersonLanguage: 'Y Y Y Y Y Y - -',
  readForumPersonActive: 'Y Y Y Y Y Y - -',
  readForumPersonJoinedAt: 'Y Y Y Y Y Y - -',
  // Everyone reads their own record in full.
  readOwnPersonRecord: 'Y Y Y Y Y Y Y Y',
};

describe('access matrix for groups', () => {
  let api: ApiHarness;
  let p: SeededPartnership;
  const token = {} as Record<Role, string>;
  const personOf = {} as Record<Role, string>;
  let group: string;
  let openGroup: string;
  let meeting: string;
  let minutes: string;
  let forum: string;
  let paperItem: string;
  const paper = {} as Record<'GROUP' | 'RESTRICTED', string>;
  let minutesPaper: string;
  const actionOf = {} as Record<Role, string>;
  const resource = {} as Record<'GROUP' | 'PARTNERSHIP', string>;
  let groupForum: string;
  let groupThread: string;

  beforeAll(async () => {
    api = await startApi();
    p = await seedPartnership(api.db, 'matrix');
    const other = await seedPartnership(api.db, 'matrix-other');
    const extra = async (name: string) => {
      const [{ id: accountId }] = await api.db.query(`INSERT INTO account (email, name, password_hash) SELECT $1, $1, password_hash FROM account WHERE id = $2 RETURNING id`, [`${name}@matrix.test`, p.member.accountId]);
      return (await api.db.query(`INSERT INTO person (partnership_id, account_id, role) VALUES ($1, $2, 'MEMBER') RETURNING id`, [p.partnershipId, accountId]))[0].id as string;
    };
    Object.assign(personOf, { admin: p.admin.personId, coordinator: p.coordinator.personId, member: p.member.personId, chair: await extra('chair'), observer: await extra('observer'), bystander: await extra('bystander'), outsider: other.member.personId, guest: await extra('guest') });
    await api.db.query(`UPDATE person SET role = 'GUEST' WHERE id = $1`, [personOf.guest]);
    const emails: Record<Role, string> = { admin: p.admin.email, coordinator: p.coordinator.email, member: p.member.email, chair: 'chair@matrix.test', observer: 'observer@matrix.test', bystander: 'bystander@matrix.test', outsider: other.member.email, guest: 'guest@matrix.test' };
    for (const role of ROLES) token[role] = (await gql(api.url, `mutation($i: SignInInput!) { signIn(input: $i) { token } }`, { i: { email: emails[role], password: p.member.password } })).data!.signIn.token;

    [{ id: group }] = await api.db.query(`INSERT INTO "group" (partnership_id, name, slug, kind, visibility, submission_deadline_days) VALUES ($1, 'Private', 'private', 'STEERING_GROUP', 'PRIVATE', 1) RETURNING id`, [p.partnershipId]);
    [{ id: openGroup }] = await api.db.query(`INSERT INTO "group" (partnership_id, name, slug, kind, visibility) VALUES ($1, 'Open', 'open', 'WORKING_GROUP', 'PARTNERSHIP') RETURNING id`, [p.partnershipId]);
    await api.db.query(`INSERT INTO group_member (group_id, person_id, role) VALUES ($1, $2, 'CHAIR'), ($1, $3, 'MEMBER'), ($1, $4, 'OBSERVER')`, [group, personOf.chair, personOf.member, personOf.observer]);
    [{ id: meeting }] = await api.db.query(`INSERT INTO meeting (group_id, title, starts_at, ends_at) VALUES ($1, 'Meeting', now() + interval '30 days', now() + interval '30 days 2 hours') RETURNING id`, [group]);
    [{ id: minutes }] = await api.db.query(`INSERT INTO minutes (meeting_id, content) VALUES ($1, '{}') RETURNING id`, [meeting]);
    [{ id: forum }] = await api.db.query(`INSERT INTO forum (partnership_id, name) VALUES ($1, 'Safeguarding leads') RETURNING id`, [p.partnershipId]);
    await api.db.query(`INSERT INTO forum_member (forum_id, person_id, role) VALUES ($1, $2, 'MEMBER')`, [forum, personOf.guest]);
    const [{ id: sharedForum }] = await api.db.query(`INSERT INTO forum (partnership_id, name) VALUES ($1, 'Shared with the guest') RETURNING id`, [p.partnershipId]);
    await api.db.query(`INSERT INTO forum_member (forum_id, person_id, role) VALUES ($1, $2, 'MEMBER'), ($1, $3, 'MEMBER')`, [sharedForum, personOf.guest, personOf.member]);
    [{ id: paperItem }] = await api.db.query(`INSERT INTO agenda_item (meeting_id, position, title) VALUES ($1, 1, 'Papers') RETURNING id`, [meeting]);
    await api.db.query(`INSERT INTO stored_file (sha256, size, bytes) VALUES (repeat('a', 64), 4, 'PNG!')`);
    for (const c of ['GROUP', 'RESTRICTED'] as const) {
      [{ id: paper[c] }] = await api.db.query(`INSERT INTO paper (agenda_item_id, title, confidentiality, author_person_id) VALUES ($1, $2, $2, $3) RETURNING id`, [paperItem, c, p.coordinator.personId]);
      await api.db.query(`INSERT INTO paper_version (paper_id, version, sha256, filename, content_type, size) VALUES ($1, 1, repeat('a', 64), 'x.png', 'image/png', 4)`, [paper[c]]);
    }
    await api.db.query(`INSERT INTO paper_reader (paper_id, person_id) VALUES ($1, $2)`, [paper.RESTRICTED, personOf.member]);
    await api.db.query(`INSERT INTO agenda_version (meeting_id, version, snapshot) VALUES ($1, 1, '[]')`, [meeting]);
    [{ id: minutesPaper }] = await api.db.query(`INSERT INTO paper (minutes_id, title, confidentiality) VALUES ($1, 'Attendance', 'GROUP') RETURNING id`, [minutes]);
    await api.db.query(`INSERT INTO paper_version (paper_id, version, sha256, filename, content_type, size) VALUES ($1, 1, repeat('a', 64), 'x.png', 'image/png', 4)`, [minutesPaper]);
    [{ id: resource.GROUP }] = await api.db.query(
      `INSERT INTO resource (partnership_id, title, summary, type, year, visibility, group_id, file_sha256, file_name, file_content_type, file_size) VALUES ($1, 'Group briefing', 'For the group.', 'BRIEFING', 2024, 'GROUP', $2, repeat('a', 64), 'x.png', 'image/png', 4) RETURNING id`,
      [p.partnershipId, group],
    );
    [{ id: resource.PARTNERSHIP }] = await api.db.query(`INSERT INTO resource (partnership_id, title, summary, type, year, visibility) VALUES ($1, 'Partnership report', 'For everyone.', 'REPORT', 2024, 'PARTNERSHIP') RETURNING id`, [p.partnershipId]);
    [{ id: groupForum }] = await api.db.query(`INSERT INTO forum (partnership_id, group_id, name) VALUES ($1, $2, 'Private group forum') RETURNING id`, [p.partnershipId, group]);
    [{ id: groupThread }] = await api.db.query(`INSERT INTO thread (forum_id, title, created_by_person_id) VALUES ($1, 'Casework', $2) RETURNING id`, [groupForum, personOf.chair]);
    for (const role of ROLES) {
      [{ id: actionOf[role] }] = await api.db.query(`INSERT INTO action_item (group_id, meeting_id, title, owner_person_id) VALUES ($1, $2, 'Act', $3) RETURNING id`, [group, meeting, personOf[role]]);
    }
  });
  afterAll(() => api.close());

  const ops: Record<string, (role: Role) => Promise<boolean>> = {
    readPrivateGroup: async (r) => ok(await gql(api.url, `query($id: ID!) { group(id: $id) { id } }`, { id: group }, { token: token[r] })),
    readPartnershipGroup: async (r) => ok(await gql(api.url, `query($id: ID!) { group(id: $id) { id } }`, { id: openGroup }, { token: token[r] })),
    readMeeting: async (r) => ok(await gql(api.url, `query($id: ID!) { meeting(id: $id) { id } }`, { id: meeting }, { token: token[r] })),
    readAgendaItems: async (r) => ok(await gql(api.url, `query($id: ID!) { meeting(id: $id) { agendaItems { id } } }`, { id: meeting }, { token: token[r] })),
    readMembersNested: async (r) => ok(await gql(api.url, `query($id: ID!) { meeting(id: $id) { group { members { person { name } } } } }`, { id: meeting }, { token: token[r] })),
    readForumPersonName: (r) => readsPerson(r, personOf.member, 'name'),
    readForumPersonRole: (r) => readsPerson(r, personOf.member, 'role'),
    readForumPersonLanguage: (r) => readsPerson(r, personOf.member, 'preferredLanguage'),
    readForumPersonActive: (r) => readsPerson(r, personOf.member, 'active'),
    readForumPersonJoinedAt: (r) => readsPerson(r, personOf.member, 'joinedAt'),
    readOwnPersonRecord: (r) => readsPerson(r, personOf[r], 'name role preferredLanguage active joinedAt email'),
    proposeItem: async (r) => ok(await gql(api.url, `mutation($m: ID!) { proposeAgendaItem(meetingId: $m, input: { title: "Proposal" }) { id } }`, { m: meeting }, { token: token[r] })),
    contributeAssessment: async (r) =>
      ok(await gql(api.url, `mutation($m: ID!) { contributeAssessmentEntry(meetingId: $m, input: { theme: "housing", kind: TREND, rating: AMBER, direction: STABLE, summary: "x" }) { id } }`, { m: meeting }, { token: token[r] })),
    sendApologies: async (r) => ok(await gql(api.url, `mutation($m: ID!) { sendApologies(meetingId: $m, note: "away") { id } }`, { m: meeting }, { token: token[r] })),
    addAgendaItem: async (r) => ok(await gql(api.url, `mutation($m: ID!) { addAgendaItem(meetingId: $m, input: { title: "Added" }) { id } }`, { m: meeting }, { token: token[r] })),
    publishAgenda: async (r) => ok(await gql(api.url, `mutation($m: ID!) { publishAgenda(meetingId: $m, changeNote: "Update") { version } }`, { m: meeting }, { token: token[r] })),
    startMinutes: async (r) => ok(await gql(api.url, `mutation($m: ID!) { startMinutes(meetingId: $m) { id } }`, { m: meeting }, { token: token[r] })),
    readDraftMinutes: async (r) => ok(await gql(api.url, `query($id: ID!) { minutes(id: $id) { id } }`, { id: minutes }, { token: token[r] })),
    addAction: async (r) => ok(await gql(api.url, `mutation($m: ID!) { addAction(meetingId: $m, input: { title: "Act" }) { id } }`, { m: meeting }, { token: token[r] })),
    updateOwnAction: async (r) => {
      const allowed = ok(await gql(api.url, `mutation($id: ID!) { updateAction(id: $id, input: { status: IN_PROGRESS, note: "Started" }) { id } }`, { id: actionOf[r] }, { token: token[r] }));
      const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM action_progress WHERE action_id = $1`, [actionOf[r]]);
      // A refusal saves nothing.
      expect({ r, saved: n > 0 }).toEqual({ r, saved: allowed });
      return allowed;
    },
    readForumAfterGroupTakesItsName: async (r) => {
      const rename = (name: string, as: Role) => gql(api.url, `mutation($g: ID!, $n: String!) { updateGroup(id: $g, input: { name: $n }) { id } }`, { g: group, n: name }, { token: token[as] });
      await rename('Safeguarding leads', r);
      const item = (await gql(api.url, `mutation($m: ID!) { addAgendaItem(meetingId: $m, input: { title: "Inputs" }) { id } }`, { m: meeting }, { token: token[r] })).data?.addAgendaItem.id;
      if (item) await gql(api.url, `mutation($i: ID!) { openInputsThread(agendaItemId: $i) { id } }`, { i: item }, { token: token[r] });
      await rename('Private', 'coordinator');
      return ok(await gql(api.url, `query($f: ID!) { forum(id: $f) { id } }`, { f: forum }, { token: token[r] }));
    },
    openInputsThread: async (r) => {
      const item = (await gql(api.url, `mutation($m: ID!) { addAgendaItem(meetingId: $m, input: { title: "Evidence" }) { id } }`, { m: meeting }, { token: token.coordinator })).data!.addAgendaItem.id;
      return ok(await gql(api.url, `mutation($i: ID!) { openInputsThread(agendaItemId: $i) { id } }`, { i: item }, { token: token[r] }));
    },
    createPaperUpload: async (r) => ok(await gql(api.url, `mutation($i: ID!) { createPaperUpload(agendaItemId: $i, title: "Paper", confidentiality: GROUP) { uploadUrl } }`, { i: paperItem }, { token: token[r] })),
    followGroupThread: async (r) => {
      const allowed = ok(await gql(api.url, `mutation($t: ID!) { followThread(threadId: $t, level: WATCHING) { id } }`, { t: groupThread }, { token: token[r] }));
      const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM thread_follow WHERE thread_id = $1 AND person_id = $2`, [groupThread, personOf[r]]);
      // A refusal stores no watch.
      expect({ r, saved: n > 0 }).toEqual({ r, saved: allowed });
      return allowed;
    },
    followGroupForum: async (r) => {
      const allowed = ok(await gql(api.url, `mutation($f: ID!) { followForum(forumId: $f, level: MUTED) { id } }`, { f: groupForum }, { token: token[r] }));
      const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM forum_follow WHERE forum_id = $1 AND person_id = $2`, [groupForum, personOf[r]]);
      expect({ r, saved: n > 0 }).toEqual({ r, saved: allowed });
      return allowed;
    },
    readGroupThreadUnread: async (r) => ok(await gql(api.url, `query($t: ID!) { thread(id: $t) { unreadCount lastReadPosition firstUnreadPostId followLevel effectiveFollowLevel } }`, { t: groupThread }, { token: token[r] })),
    readHeldPost: async (r) => {
      const held = await heldPost(`read by ${r}`);
      const res = await gql(api.url, `query($t: ID!) { thread(id: $t) { posts(first: 100) { nodes { id } } } }`, { t: groupThread }, { token: token[r] });
      return ok(res) && res.data!.thread.posts.nodes.some((n: { id: string }) => n.id === held);
    },
    listHeldPosts: async (r) => {
      const held = await heldPost(`listed for ${r}`);
      const res = await gql(api.url, `query($f: ID!) { heldPosts(forumId: $f) { post { id } } }`, { f: groupForum }, { token: token[r] });
      return ok(res) && res.data!.heldPosts.some((h: { post: { id: string } }) => h.post.id === held);
    },
    approveHeldPost: async (r) => decides('approvePost', r),
    rejectHeldPost: async (r) => decides('rejectPost', r),
    setForumPersonalDataMode: async (r) => ok(await gql(api.url, `mutation($f: ID!) { setForumPersonalDataMode(forumId: $f, mode: WARN) }`, { f: groupForum }, { token: token[r] })),
    editThreadTitle: async (r) => ok(await gql(api.url, `mutation($t: ID!) { editThreadTitle(id: $t, title: "Casework", reason: "Tidy") { id } }`, { t: groupThread }, { token: token[r] })),
    hideThreadTitle: async (r) => {
      const allowed = ok(await gql(api.url, `mutation($t: ID!) { hideThreadTitle(id: $t, reason: "Names a client") { id } }`, { t: groupThread }, { token: token[r] }));
      await gql(api.url, `mutation($t: ID!) { showThreadTitle(id: $t) { id } }`, { t: groupThread }, { token: token.coordinator });
      return allowed;
    },
    readHiddenTitle: async (r) => {
      await gql(api.url, `mutation($t: ID!) { hideThreadTitle(id: $t, reason: "Names a client") { id } }`, { t: groupThread }, { token: token.coordinator });
      const res = await gql(api.url, `query($t: ID!) { thread(id: $t) { hiddenTitle } }`, { t: groupThread }, { token: token[r] });
      await gql(api.url, `mutation($t: ID!) { showThreadTitle(id: $t) { id } }`, { t: groupThread }, { token: token.coordinator });
      return ok(res) && res.data!.thread.hiddenTitle === 'Casework';
    },
    readGroupPaper: (r) => downloads(paper.GROUP, r),
    readRestrictedPaper: (r) => downloads(paper.RESTRICTED, r),
    queryRestrictedPaper: async (r) => ok(await gql(api.url, `query($p: ID!) { paper(id: $p) { id versions { version } } }`, { p: paper.RESTRICTED }, { token: token[r] })),
    createMinutesPaperUpload: async (r) => ok(await gql(api.url, `mutation($m: ID!) { createMinutesPaperUpload(minutesId: $m, title: "Paper", confidentiality: GROUP) { uploadUrl } }`, { m: minutes }, { token: token[r] })),
    readDraftMinutesPaper: (r) => downloads(minutesPaper, r),
    readAgendaPackPdf: async (r) => {
      const field = (await gql(api.url, `query($id: ID!) { meeting(id: $id) { packPdf { status } } }`, { id: meeting }, { token: token[r] })).data?.meeting?.packPdf ?? null;
      const res = await fetch(`${api.url}/packs/meetings/${meeting}/agenda.pdf`, { headers: { authorization: `Bearer ${token[r]}` } });
      expect([202, 404]).toContain(res.status);
      await res.arrayBuffer();
      expect({ r, field: field !== null }).toEqual({ r, field: res.status === 202 });
      return res.status === 202;
    },
    readDraftMinutesPdf: async (r) => {
      const res = await fetch(`${api.url}/packs/minutes/${minutes}/minutes.pdf`, { headers: { authorization: `Bearer ${token[r]}` } });
      expect([202, 404]).toContain(res.status);
      await res.arrayBuffer();
      return res.status !== 404;
    },
    readPaperReaders: async (r) => {
      const res = await gql(api.url, `query($id: ID!) { meeting(id: $id) { agendaItems { files { id readers { id } } } } }`, { id: meeting }, { token: token[r] });
      const files = (res.data as { meeting?: { agendaItems: { files: { id: string; readers: { id: string }[] }[] }[] } } | null)?.meeting?.agendaItems.flatMap((i) => i.files) ?? [];
      return (files.find((f) => f.id === paper.RESTRICTED)?.readers.length ?? 0) > 0;
    },
    setPaperConfidentiality: async (r) => ok(await gql(api.url, `mutation($p: ID!) { setPaperConfidentiality(paperId: $p, confidentiality: GROUP) { id } }`, { p: paper.GROUP }, { token: token[r] })),
    readGroupResource: async (r) => ok(await gql(api.url, `query($id: ID!) { resource(id: $id) { id } }`, { id: resource.GROUP }, { token: token[r] })),
    readPartnershipResource: async (r) => ok(await gql(api.url, `query($id: ID!) { resource(id: $id) { id } }`, { id: resource.PARTNERSHIP }, { token: token[r] })),
    countGroupResource: async (r) => {
      const res = await gql(api.url, `{ resources { total items { id } facets { types { value count } } } }`, {}, { token: token[r] });
      if (!ok(res)) return false;
      const briefings = res.data!.resources.facets.types.find((t: { value: string }) => t.value === 'BRIEFING').count;
      expect({ r, listed: res.data!.resources.items.some((i: { id: string }) => i.id === resource.GROUP) }).toEqual({ r, listed: briefings === 1 });
      return briefings === 1;
    },
    downloadGroupResource: async (r) => {
      const res = await fetch(`${api.url}/bank/matrix/${resource.GROUP}/download`, { headers: { authorization: `Bearer ${token[r]}` } });
      expect([200, 404]).toContain(res.status);
      await res.arrayBuffer();
      return res.status === 200;
    },
    createResource: async (r) => ok(await gql(api.url, `mutation { createResource(input: { title: "Added", summary: "New.", type: REPORT, year: 2024, visibility: PARTNERSHIP }) { id } }`, {}, { token: token[r] })),
    updateResource: async (r) =>
      ok(await gql(api.url, `mutation($id: ID!) { updateResource(id: $id, input: { title: "Partnership report", summary: "For everyone.", type: REPORT, year: 2024, visibility: PARTNERSHIP }) { id } }`, { id: resource.PARTNERSHIP }, { token: token[r] })),
    setResourceContributor: async (r) => ok(await gql(api.url, `mutation($p: ID!) { setResourceContributor(personId: $p, contributor: false) { personId } }`, { p: personOf.bystander }, { token: token[r] })),
    previewResourceImport: async (r) => ok(await gql(api.url, `mutation($c: String!) { previewResourceImport(csv: $c, visibility: PARTNERSHIP) { readyCount } }`, { c: 'title,year,type,summary\nImported,2024,Report,From a file.' }, { token: token[r] })),
    importResources: async (r) => ok(await gql(api.url, `mutation($c: String!) { importResources(csv: $c, visibility: PARTNERSHIP) { imported } }`, { c: `title,year,type,summary\nImported by ${r},2024,Report,From a file.` }, { token: token[r] })),
    exportGroupResource: async (r) => {
      const res = await fetch(`${api.url}/bank/matrix/export.csv`, { headers: { authorization: `Bearer ${token[r]}` } });
      expect(res.status).toBe(200);
      return (await res.text()).includes('Group briefing');
    },
    citeResourceAsPaper: async (r) => {
      const item = (await gql(api.url, `mutation($m: ID!) { addAgendaItem(meetingId: $m, input: { title: "Evidence" }) { id } }`, { m: meeting }, { token: token.coordinator })).data!.addAgendaItem.id;
      return ok(await gql(api.url, `mutation($i: CitationInput!) { citeResource(input: $i) { id } }`, { i: { resourceId: resource.PARTNERSHIP, agendaItemId: item, asPaper: true } }, { token: token[r] }));
    },
    deleteMembersSavedSearch: async (r) => {
      const [{ id }] = await api.db.query(`INSERT INTO bank_saved_search (partnership_id, person_id, label, query) VALUES ($1, $2, 'Saved', jsonb_build_object('text', $3::text)) RETURNING id`, [p.partnershipId, personOf.member, `by ${r}`]);
      return ok(await gql(api.url, `mutation($id: ID!) { deleteBankSavedSearch(id: $id) }`, { id }, { token: token[r] }));
    },
    setGroupMember: async (r) => ok(await gql(api.url, `mutation($g: ID!, $p: ID!) { setGroupMember(groupId: $g, personId: $p, role: OBSERVER) { id } }`, { g: group, p: personOf.observer }, { token: token[r] })),
  };

  /** A post by the group's member, held for a moderator, in the group's forum. */
  async function heldPost(body: string): Promise<string> {
    const [{ id }] = await api.db.query(
      `INSERT INTO post (thread_id, forum_id, author_person_id, client_id, body_markdown, body_html, held_reason, held_at) VALUES ($1, $2, $3, $4, $5, $5, 'FIRST_POST', now()) RETURNING id`,
      [groupThread, groupForum, personOf.member, `held-${createHash('sha1').update(body).digest('hex')}`, body],
    );
    return id;
  }

  /** A decision on a fresh held post; a refusal leaves it waiting. */
  async function decides(mutation: 'approvePost' | 'rejectPost', r: Role): Promise<boolean> {
    const held = await heldPost(`${mutation} by ${r}`);
    const allowed = ok(await gql(api.url, `mutation($id: ID!) { ${mutation}(id: $id) { id } }`, { id: held }, { token: token[r] }));
    const [{ decision }] = await api.db.query(`SELECT held_decision AS decision FROM post WHERE id = $1`, [held]);
    expect({ r, decided: decision !== null }).toEqual({ r, decided: allowed });
    return allowed;
  }

  /** `person(id) { <fields> }`: every field answered, or a coded refusal (FORBIDDEN naming a field beyond the name). */
  async function readsPerson(r: Role, id: string, fields: string): Promise<boolean> {
    const res = await gql(api.url, `query($id: ID!) { person(id: $id) { ${fields} } }`, { id }, { token: token[r] });
    if (!ok(res)) return false;
    for (const field of fields.split(' ')) expect({ r, field, value: res.data && (res.data as { person: Record<string, unknown> }).person[field] }).not.toEqual({ r, field, value: null });
    return true;
  }

  /** A paper's bytes over HTTP: 200, or the same 404 as a paper that does not exist. */
  async function downloads(id: string, r: Role): Promise<boolean> {
    const res = await fetch(`${api.url}/papers/${id}`, { headers: { authorization: `Bearer ${token[r]}` } });
    expect([200, 404]).toContain(res.status);
    await res.arrayBuffer();
    return res.status === 200;
  }

  function ok(res: { status: number; errors?: { extensions?: { code?: string } }[]; data: unknown }): boolean {
    expect(res.status).toBeLessThan(500);
    if (!res.errors) return true;
    expect(['NOT_FOUND', 'FORBIDDEN', 'BAD_USER_INPUT', 'UNAUTHENTICATED']).toContain(res.errors[0].extensions?.code);
    return false;
  }

  it.each(Object.keys(MATRIX))('%s', async (operation) => {
    const expected = MATRIX[operation].split(' ').map((c) => c === 'Y');
    const actual: boolean[] = [];
    for (const role of ROLES) actual.push(await ops[operation](role));
    expect(Object.fromEntries(ROLES.map((r, i) => [r, actual[i]]))).toEqual(Object.fromEntries(ROLES.map((r, i) => [r, expected[i]])));
  });

  it('a list never holds what the single-item check refuses, and never hides what it allows', async () => {
    for (const role of ROLES) {
      const listed: string[] = ((await gql(api.url, `{ groups { id } }`, {}, { token: token[role] })).data?.groups ?? []).map((g: { id: string }) => g.id);
      for (const id of [group, openGroup]) {
        const single = !(await gql(api.url, `query($id: ID!) { group(id: $id) { id } }`, { id }, { token: token[role] })).errors;
        expect({ role, id, listed: listed.includes(id) }).toEqual({ role, id, listed: single });
      }
      const actions = (await gql(api.url, `{ actionLog(first: 100) { nodes { id } } }`, {}, { token: token[role] })).data?.actionLog.nodes ?? [];
      for (const a of actions) expect((await gql(api.url, `query($id: ID!) { action(id: $id) { id } }`, { id: a.id }, { token: token[role] })).errors).toBeUndefined();
    }
  });
});

/**
 * The partner directory, every role and signed out. The contact has a PARTNERSHIP email and a
 * COORDINATORS phone; the internal service is PARTNERSHIP, the other PUBLIC.
 */
const DIRECTORY_ROLES = ['admin', 'coordinator', 'chair', 'member', 'bystander', 'outsider', 'signedOut'] as const;
type DirectoryRole = (typeof DIRECTORY_ROLES)[number];

// admin coordinator chair member bystander outsider signedOut
const DIRECTORY_MATRIX: Record<string, string> = {
  addDirectoryOrganisation: 'Y Y - - - - -',
  updateDirectoryOrganisation: 'Y Y - - - - -',
  addDirectoryService: 'Y Y - - - - -',
  saveDirectoryContact: 'Y Y - - - - -',
  saveDirectoryLocation: 'Y Y - - - - -',
  readOrganisationProfile: 'Y Y Y Y Y - -',
  readPublicService: 'Y Y Y Y Y Y Y',
  readPartnershipService: 'Y Y Y Y Y - -',
  findPartnershipService: 'Y Y Y Y Y - -',
  readPartnershipContact: 'Y Y Y Y Y - -',
  readPartnershipContactEmail: 'Y Y Y Y Y - -',
  readCoordinatorsContactPhone: 'Y Y - - - - -',
  readContactLawfulBasis: 'Y Y - - - - -',
  suggestDirectoryChange: 'Y Y Y Y Y - -',
  listDirectorySuggestions: 'Y Y - - - - -',
  // The group is PRIVATE: its chair manages it; its members read their seats.
  setRepresentation: 'Y Y Y - - - -',
  readMemberSeat: 'Y Y Y Y - - -',
  recordPastAffiliation: 'Y Y - - - - -',
  updateDirectoryService: 'Y Y - - - - -',
  removeDirectoryService: 'Y Y - - - - -',
  removeDirectoryLocation: 'Y Y - - - - -',
  removeDirectoryContact: 'Y Y - - - - -',
  confirmOrganisationChecked: 'Y Y - - - - -',
  resolveDirectorySuggestion: 'Y Y - - - - -',
  endRepresentation: 'Y Y Y - - - -',
  directorySearch: 'Y Y Y Y Y - -',
  readPersonAffiliations: 'Y Y Y Y Y - -',
  // Seats and attendance on the PRIVATE group show only to those who may read the group.
  readOrganisationSeats: 'Y Y Y Y - - -',
  readAttendanceRepresenting: 'Y Y Y Y - - -',
  // Keeping it true: how old an entry may get (public), duplicates and merges, CSV in and out.
  readDirectoryCheckMonths: 'Y Y Y Y Y Y Y',
  listMergeProposals: 'Y Y - - - - -',
  mergeOrganisations: 'Y Y - - - - -',
  undoOrganisationMerge: 'Y Y - - - - -',
  dismissMergeProposal: 'Y Y - - - - -',
  previewDirectoryImport: 'Y Y - - - - -',
  importDirectoryCsv: 'Y Y - - - - -',
  exportDirectoryCsv: 'Y Y - - - - -',
  // Subject access and erasure (another partnership's coordinator would be refused alike).
  exportContactData: 'Y Y - - - - -',
  exportPersonData: 'Y Y - - - - -',
  eraseContact: 'Y Y - - - - -',
  // A person's email health (bounces, recent messages) and "mark as working again": coordinators and admins.
  readPersonEmail: 'Y Y - - - - -',
  // Replies by email: a meeting's comments by email for its managers (the group's chair too); your own replies for anyone signed in.
  readMeetingEmailComments: 'Y Y Y - - - -',
  readOwnEmailReplies: 'Y Y Y Y Y Y -',
  markEmailWorking: 'Y Y - - - - -',
  // Sign-in links: asking answers the same to anyone; the emailed token is the credential, whoever presses.
  requestSignInLink: 'Y Y Y Y Y Y Y',
  signInWithLink: 'Y Y Y Y Y Y Y',
};

describe('access matrix for the directory', () => {
  let api: ApiHarness;
  let p: SeededPartnership;
  const token = {} as Record<DirectoryRole, string | undefined>;
  const personOf = {} as Record<DirectoryRole, string>;
  let organisation: string;
  let publicService: string;
  let internalService: string;
  let group: string;
  let seatMeeting: string;

  beforeAll(async () => {
    api = await startApi();
    p = await seedPartnership(api.db, 'dir-matrix');
    const other = await seedPartnership(api.db, 'dir-matrix-other');
    const extra = async (name: string) => {
      const [{ id: accountId }] = await api.db.query(`INSERT INTO account (email, name, password_hash) SELECT $1, $1, password_hash FROM account WHERE id = $2 RETURNING id`, [`${name}@dir-matrix.test`, p.member.accountId]);
      return (await api.db.query(`INSERT INTO person (partnership_id, account_id, role) VALUES ($1, $2, 'MEMBER') RETURNING id`, [p.partnershipId, accountId]))[0].id as string;
    };
    Object.assign(personOf, { admin: p.admin.personId, coordinator: p.coordinator.personId, member: p.member.personId, chair: await extra('chair'), bystander: await extra('bystander'), outsider: other.member.personId });
    const emails: Record<Exclude<DirectoryRole, 'signedOut'>, string> = { admin: p.admin.email, coordinator: p.coordinator.email, member: p.member.email, chair: 'chair@dir-matrix.test', bystander: 'bystander@dir-matrix.test', outsider: other.member.email };
    for (const [role, email] of Object.entries(emails)) token[role as DirectoryRole] = (await gql(api.url, `mutation($i: SignInInput!) { signIn(input: $i) { token } }`, { i: { email, password: p.member.password } })).data!.signIn.token;
    organisation = p.organisationId;
    const service = async (name: string, visibility: string) =>
      (await api.db.query(`INSERT INTO directory_service (partnership_id, organisation_id, name, service_type, visibility) VALUES ($1, $2, $3, 'ADVICE', $4) RETURNING id`, [p.partnershipId, organisation, name, visibility]))[0].id as string;
    publicService = await service('Advice drop-in', 'PUBLIC');
    internalService = await service('Caseworker surgery', 'PARTNERSHIP');
    await api.db.query(
      `INSERT INTO directory_contact (partnership_id, service_id, name, email, phone, visibility, email_visibility, phone_visibility, lawful_basis)
       VALUES ($1, $2, 'Amina', 'amina@dir.test', '020 7946 0000', 'PARTNERSHIP', 'PARTNERSHIP', 'COORDINATORS', 'PUBLIC_TASK')`,
      [p.partnershipId, publicService],
    );
    [{ id: group }] = await api.db.query(`INSERT INTO "group" (partnership_id, name, slug, kind, visibility) VALUES ($1, 'Private', 'private', 'STEERING_GROUP', 'PRIVATE') RETURNING id`, [p.partnershipId]);
    await api.db.query(`INSERT INTO group_member (group_id, person_id, role) VALUES ($1, $2, 'CHAIR'), ($1, $3, 'MEMBER')`, [group, personOf.chair, personOf.member]);
    await api.db.query(`INSERT INTO representation (partnership_id, group_id, person_id, organisation_id, seat, starts_on) VALUES ($1, $2, $3, $4, 'VOLUNTARY_SECTOR', '2026-01-01')`, [p.partnershipId, group, personOf.member, organisation]);
    [{ id: seatMeeting }] = await api.db.query(`INSERT INTO meeting (group_id, title, starts_at, ends_at) VALUES ($1, 'Meeting', '2026-03-03T10:00:00Z', '2026-03-03T12:00:00Z') RETURNING id`, [group]);
  });
  afterAll(() => api.close());

  const as = (r: DirectoryRole) => (token[r] ? { token: token[r] } : {});
  const slug = (r: DirectoryRole) => (r === 'signedOut' || r === 'outsider' ? 'dir-matrix' : null);
  const answered = (res: { status: number; errors?: { extensions?: { code?: string } }[] }) => {
    expect(res.status).toBeLessThan(500);
    if (!res.errors) return true;
    expect(['NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED']).toContain(res.errors[0].extensions?.code);
    return false;
  };
  const contactOf = async (r: DirectoryRole) => {
    const res = await gql(api.url, `query($id: ID!, $p: String) { directoryService(id: $id, partnership: $p) { contacts { name email phone lawfulBasis } } }`, { id: publicService, p: slug(r) }, as(r));
    expect(res.errors).toBeUndefined();
    return res.data!.directoryService.contacts[0] as { email: string | null; phone: string | null; lawfulBasis: string | null } | undefined;
  };
  let n = 0;
  const orgInput = () => ({ name: `Organisation ${++n}`, kind: 'CHARITY' });

  const ops: Record<string, (r: DirectoryRole) => Promise<boolean>> = {
    addDirectoryOrganisation: async (r) => answered(await gql(api.url, `mutation($i: DirectoryOrganisationInput!) { addDirectoryOrganisation(input: $i) { id } }`, { i: orgInput() }, as(r))),
    updateDirectoryOrganisation: async (r) => answered(await gql(api.url, `mutation($id: ID!, $i: DirectoryOrganisationInput!) { updateDirectoryOrganisation(id: $id, input: $i) { id } }`, { id: organisation, i: { name: 'Charity dir-matrix', kind: 'CHARITY' } }, as(r))),
    addDirectoryService: async (r) => answered(await gql(api.url, `mutation($i: DirectoryServiceInput!) { addDirectoryService(input: $i) { id } }`, { i: { organisationId: organisation, name: 'New', serviceType: 'OTHER' } }, as(r))),
    saveDirectoryContact: async (r) => answered(await gql(api.url, `mutation($i: DirectoryContactInput!) { saveDirectoryContact(input: $i) { id } }`, { i: { organisationId: organisation, name: 'X', visibility: 'PUBLIC', lawfulBasis: 'CONSENT' } }, as(r))),
    saveDirectoryLocation: async (r) => answered(await gql(api.url, `mutation($i: DirectoryLocationInput!) { saveDirectoryLocation(input: $i) { id } }`, { i: { organisationId: organisation, name: 'Hall' } }, as(r))),
    readOrganisationProfile: async (r) => answered(await gql(api.url, `query($id: ID!) { organisation(id: $id) { description identifiers { charityNumber } } }`, { id: organisation }, as(r))),
    readPublicService: async (r) => answered(await gql(api.url, `query($id: ID!, $p: String) { directoryService(id: $id, partnership: $p) { id } }`, { id: publicService, p: slug(r) }, as(r))),
    readPartnershipService: async (r) => answered(await gql(api.url, `query($id: ID!, $p: String) { directoryService(id: $id, partnership: $p) { id } }`, { id: internalService, p: slug(r) }, as(r))),
    findPartnershipService: async (r) => {
      const res = await gql(api.url, `query($p: String) { findServices(partnership: $p) { nodes { id } } }`, { p: slug(r) }, as(r));
      expect(res.errors).toBeUndefined();
      return res.data!.findServices.nodes.some((s: { id: string }) => s.id === internalService);
    },
    readPartnershipContact: async (r) => (await contactOf(r)) !== undefined,
    readPartnershipContactEmail: async (r) => !!(await contactOf(r))?.email,
    readCoordinatorsContactPhone: async (r) => !!(await contactOf(r))?.phone,
    readContactLawfulBasis: async (r) => !!(await contactOf(r))?.lawfulBasis,
    suggestDirectoryChange: async (r) => answered(await gql(api.url, `mutation($i: DirectorySuggestionInput!) { suggestDirectoryChange(input: $i) { id } }`, { i: { serviceId: publicService, body: `From ${r}` } }, as(r))),
    listDirectorySuggestions: async (r) => answered(await gql(api.url, `{ directorySuggestions { id } }`, {}, as(r))),
    setRepresentation: async (r) =>
      answered(await gql(api.url, `mutation($i: RepresentationInput!) { setRepresentation(input: $i) { id } }`, { i: { groupId: group, personId: personOf.chair, organisationId: organisation, seat: 'HEALTH' } }, as(r))),
    readMemberSeat: async (r) => {
      const res = await gql(api.url, `query($id: ID!) { group(id: $id) { members { seat { seat } } } }`, { id: group }, as(r));
      return !res.errors && res.data!.group.members.some((m: { seat: unknown }) => m.seat !== null);
    },
    updateDirectoryService: async (r) =>
      answered(await gql(api.url, `mutation($id: ID!, $i: DirectoryServiceInput!) { updateDirectoryService(id: $id, input: $i) { id } }`, { id: publicService, i: { name: 'Advice drop-in', serviceType: 'ADVICE' } }, as(r))),
    removeDirectoryService: async (r) => {
      const [{ id }] = await api.db.query(`INSERT INTO directory_service (partnership_id, organisation_id, name, service_type) VALUES ($1, $2, 'Doomed', 'OTHER') RETURNING id`, [p.partnershipId, organisation]);
      const allowed = answered(await gql(api.url, `mutation($id: ID!) { removeDirectoryService(id: $id) }`, { id }, as(r)));
      expect((await api.db.query(`SELECT 1 FROM directory_service WHERE id = $1`, [id])).length).toBe(allowed ? 0 : 1);
      return allowed;
    },
    removeDirectoryLocation: async (r) => {
      const [{ id }] = await api.db.query(`INSERT INTO directory_location (partnership_id, organisation_id, name) VALUES ($1, $2, 'Doomed') RETURNING id`, [p.partnershipId, organisation]);
      return answered(await gql(api.url, `mutation($id: ID!) { removeDirectoryLocation(id: $id) }`, { id }, as(r)));
    },
    removeDirectoryContact: async (r) => {
      const [{ id }] = await api.db.query(
        `INSERT INTO directory_contact (partnership_id, organisation_id, name, visibility, email_visibility, phone_visibility, lawful_basis) VALUES ($1, $2, 'Doomed', 'PUBLIC', 'PUBLIC', 'PUBLIC', 'CONSENT') RETURNING id`,
        [p.partnershipId, organisation],
      );
      return answered(await gql(api.url, `mutation($id: ID!) { removeDirectoryContact(id: $id) }`, { id }, as(r)));
    },
    confirmOrganisationChecked: async (r) => answered(await gql(api.url, `mutation($id: ID!) { confirmOrganisationChecked(id: $id) { id } }`, { id: organisation }, as(r))),
    resolveDirectorySuggestion: async (r) => {
      const [{ id }] = await api.db.query(`INSERT INTO directory_suggestion (partnership_id, organisation_id, body) VALUES ($1, $2, 'Fix it') RETURNING id`, [p.partnershipId, organisation]);
      return answered(await gql(api.url, `mutation($id: ID!) { resolveDirectorySuggestion(id: $id, status: DISMISSED) { id } }`, { id }, as(r)));
    },
    endRepresentation: async (r) => {
      await api.db.query(`DELETE FROM representation WHERE group_id = $1 AND person_id = $2`, [group, personOf.chair]);
      const [{ id }] = await api.db.query(`INSERT INTO representation (partnership_id, group_id, person_id, organisation_id, seat, starts_on) VALUES ($1, $2, $3, $4, 'OTHER', '2026-01-01') RETURNING id`, [p.partnershipId, group, personOf.chair, organisation]);
      return answered(await gql(api.url, `mutation($id: ID!) { endRepresentation(id: $id) }`, { id }, as(r)));
    },
    directorySearch: async (r) => {
      const res = await gql(api.url, `{ directorySearch(text: "advice") { id } }`, {}, as(r));
      return answered(res) && res.data!.directorySearch.some((hit: { id: string }) => hit.id === publicService);
    },
    readPersonAffiliations: async (r) => {
      const res = await gql(api.url, `query($id: ID!) { person(id: $id) { affiliations { id } } }`, { id: personOf.member }, as(r));
      return !res.errors && res.data!.person.affiliations.length > 0;
    },
    readOrganisationSeats: async (r) => {
      const res = await gql(api.url, `query($id: ID!) { organisation(id: $id) { seats { groupId } } }`, { id: organisation }, as(r));
      return !res.errors && res.data!.organisation.seats.some((s: { groupId: string }) => s.groupId === group);
    },
    readAttendanceRepresenting: async (r) => {
      const res = await gql(api.url, `query($id: ID!) { meeting(id: $id) { attendance { representing { seat } } } }`, { id: seatMeeting }, as(r));
      return !res.errors && res.data!.meeting.attendance.some((a: { representing: unknown }) => a.representing !== null);
    },
    recordPastAffiliation: async (r) =>
      answered(await gql(api.url, `mutation($i: PastAffiliationInput!) { recordPastAffiliation(input: $i) { id } }`, { i: { personId: personOf.bystander, organisationId: organisation, startsOn: `20${10 + ++n}-01-01`, endsOn: `20${10 + n}-06-01` } }, as(r))),
    readDirectoryCheckMonths: async (r) => answered(await gql(api.url, `{ directoryCheckMonths }`, {}, as(r))),
    listMergeProposals: async (r) => answered(await gql(api.url, `{ directoryMergeProposals { reasons } organisationMerges { id } }`, {}, as(r))),
    mergeOrganisations: async (r) => {
      const [a, b] = await Promise.all([orgInput(), orgInput()].map(async (o) => (await api.db.query(`INSERT INTO organisation (partnership_id, name, kind) VALUES ($1, $2, 'CHARITY') RETURNING id`, [p.partnershipId, o.name]))[0].id as string));
      return answered(await gql(api.url, `mutation($s: ID!, $m: ID!) { mergeOrganisations(survivorId: $s, mergedId: $m) { id } }`, { s: a, m: b }, as(r)));
    },
    undoOrganisationMerge: async (r) => {
      const [a, b] = await Promise.all([orgInput(), orgInput()].map(async (o) => (await api.db.query(`INSERT INTO organisation (partnership_id, name, kind) VALUES ($1, $2, 'CHARITY') RETURNING id`, [p.partnershipId, o.name]))[0].id as string));
      const merged = await gql(api.url, `mutation($s: ID!, $m: ID!) { mergeOrganisations(survivorId: $s, mergedId: $m) { id } }`, { s: a, m: b }, { token: token.coordinator });
      return answered(await gql(api.url, `mutation($id: ID!) { undoOrganisationMerge(id: $id) { id } }`, { id: merged.data!.mergeOrganisations.id }, as(r)));
    },
    dismissMergeProposal: async (r) => answered(await gql(api.url, `mutation($a: ID!, $b: ID!) { dismissMergeProposal(firstId: $a, secondId: $b) }`, { a: organisation, b: p.organisationId === organisation ? (await api.db.query(`SELECT id FROM organisation WHERE partnership_id = $1 AND id <> $2 LIMIT 1`, [p.partnershipId, organisation]))[0].id : organisation }, as(r))),
    previewDirectoryImport: async (r) => answered(await gql(api.url, `mutation($i: DirectoryCsvInput!) { previewDirectoryImport(input: $i) { imported } }`, { i: { organizations: 'id,name\nx,Preview only\n' } }, as(r))),
    importDirectoryCsv: async (r) => answered(await gql(api.url, `mutation($i: DirectoryCsvInput!) { importDirectoryCsv(input: $i) { imported } }`, { i: { organizations: `id,name\nx,Imported by ${r}\n` } }, as(r))),
    exportDirectoryCsv: async (r) => answered(await gql(api.url, `{ directoryCsvExport { organizations } }`, {}, as(r))),
    exportContactData: async (r) => {
      const [{ id }] = await api.db.query(`SELECT id FROM directory_contact WHERE service_id = $1 LIMIT 1`, [publicService]);
      return answered(await gql(api.url, `query($id: ID!) { contactSubjectAccess(contactId: $id) }`, { id }, as(r)));
    },
    exportPersonData: async (r) => answered(await gql(api.url, `query($id: ID!) { personSubjectAccess(personId: $id) }`, { id: personOf.member }, as(r))),
    eraseContact: async (r) => {
      const [{ id }] = await api.db.query(
        `INSERT INTO directory_contact (partnership_id, organisation_id, name, visibility, email_visibility, phone_visibility, lawful_basis) VALUES ($1, $2, $3, 'PUBLIC', 'PUBLIC', 'PUBLIC', 'CONSENT') RETURNING id`,
        [p.partnershipId, organisation, `To erase ${r}`],
      );
      return answered(await gql(api.url, `mutation($id: ID!) { eraseDirectoryContact(contactId: $id, mode: ERASE) }`, { id }, as(r)));
    },
    readMeetingEmailComments: async (r) => answered(await gql(api.url, `query($m: ID!) { meetingEmailComments(meetingId: $m) { id body authorName } }`, { m: seatMeeting }, as(r))),
    readOwnEmailReplies: async (r) => answered(await gql(api.url, `query { myEmailReplies { id outcome reason } }`, {}, as(r))),
    readPersonEmail: async (r) => answered(await gql(api.url, `query($p: ID!) { personEmail(personId: $p) { personId failure { reason } messages { kind } } }`, { p: personOf.bystander }, as(r))),
    markEmailWorking: async (r) => {
      await api.db.query(`INSERT INTO mail_suppression (email, reason, since) VALUES ('bystander@dir-matrix.test', 'HARD_BOUNCE', now()) ON CONFLICT (email) DO UPDATE SET cleared_at = NULL`);
      const allowed = answered(await gql(api.url, `mutation($p: ID!) { markEmailWorking(personId: $p) { personId } }`, { p: personOf.bystander }, as(r)));
      const [{ cleared }] = await api.db.query(`SELECT cleared_at IS NOT NULL AS cleared FROM mail_suppression WHERE email = 'bystander@dir-matrix.test'`);
      expect(cleared).toBe(allowed);
      return allowed;
    },
    // A different address per caller, so the per-address allowance (5 an hour) is not what answers.
    requestSignInLink: async (r) => {
      const res = await gql(api.url, `mutation($e: String!) { requestSignInLink(email: $e) }`, { e: `${r}-link@dir-matrix.test` }, as(r));
      return answered(res) && res.data!.requestSignInLink === true;
    },
    signInWithLink: async (r) => {
      const token = `cvl_${createHash('sha256').update(r).digest('base64url').slice(0, 43)}`;
      await api.db.query(`INSERT INTO sign_in_link (account_id, token_hash, expires_at) SELECT account_id, $2, now() + interval '15 minutes' FROM person WHERE id = $1`, [personOf.bystander, createHash('sha256').update(token).digest('hex')]);
      const res = await gql(api.url, `mutation($t: String!) { signInWithLink(token: $t) { me { email } } }`, { t: token }, as(r));
      return answered(res) && res.data!.signInWithLink.me.email === 'bystander@dir-matrix.test';
    },
  };

  it.each(Object.keys(DIRECTORY_MATRIX))('%s', async (operation) => {
    const expected = DIRECTORY_MATRIX[operation].split(' ').map((c) => c === 'Y');
    const actual: boolean[] = [];
    for (const role of DIRECTORY_ROLES) actual.push(await ops[operation](role));
    expect(Object.fromEntries(DIRECTORY_ROLES.map((r, i) => [r, actual[i]]))).toEqual(Object.fromEntries(DIRECTORY_ROLES.map((r, i) => [r, expected[i]])));
  });
});

/**
 * FOI answers, the matrix, exports and publishing. The campaign belongs to a group: its member
 * sees a sent campaign's answers, never a draft's; recording and publishing are coordinators'.
 * The public page shows a signed-off dataset to anyone, and a draft's to no one.
 */
const FOI_ROLES = ['admin', 'coordinator', 'groupMember', 'bystander', 'outsider', 'signedOut'] as const;
type FoiRole = (typeof FOI_ROLES)[number];

// admin coordinator groupMember bystander outsider signedOut
const FOI_ANSWERS_MATRIX: Record<string, string> = {
  readFoiAnswerSheet: 'Y Y Y - - -',
  recordFoiAnswers: 'Y Y - - - -',
  readFoiMatrix: 'Y Y Y - - -',
  readDraftFoiMatrix: 'Y Y - - - -',
  exportFoiCsv: 'Y Y Y - - -',
  exportFoiXlsx: 'Y Y Y - - -',
  readFoiPublishing: 'Y Y - - - -',
  signOffFoiDataset: 'Y Y - - - -',
  withdrawFoiDataset: 'Y Y - - - -',
  readPublishedFoiDataset: 'Y Y Y Y Y Y',
  readDraftFoiDatasetPublicly: '- - - - - -',
};

describe('access matrix for FOI answers and publishing', () => {
  let api: ApiHarness;
  let p: SeededPartnership;
  const token = {} as Record<FoiRole, string | undefined>;
  let campaign: string;
  let draft: string;
  let request: string;
  let question: string;

  beforeAll(async () => {
    api = await startApi();
    p = await seedPartnership(api.db, 'foi-matrix');
    const other = await seedPartnership(api.db, 'foi-matrix-other');
    const [{ id: accountId }] = await api.db.query(`INSERT INTO account (email, name, password_hash) SELECT 'bystander@foi-matrix.test', 'Bystander', password_hash FROM account WHERE id = $1 RETURNING id`, [p.member.accountId]);
    await api.db.query(`INSERT INTO person (partnership_id, account_id, role) VALUES ($1, $2, 'MEMBER')`, [p.partnershipId, accountId]);
    const emails: Record<Exclude<FoiRole, 'signedOut'>, string> = { admin: p.admin.email, coordinator: p.coordinator.email, groupMember: p.member.email, bystander: 'bystander@foi-matrix.test', outsider: other.member.email };
    for (const [role, email] of Object.entries(emails)) token[role as FoiRole] = (await gql(api.url, `mutation($i: SignInInput!) { signIn(input: $i) { token } }`, { i: { email, password: p.member.password } })).data!.signIn.token;
    const [{ id: group }] = await api.db.query(`INSERT INTO "group" (partnership_id, name, slug, kind, visibility) VALUES ($1, 'Children in care', 'children', 'WORKING_GROUP', 'PRIVATE') RETURNING id`, [p.partnershipId]);
    await api.db.query(`INSERT INTO group_member (group_id, person_id, role) VALUES ($1, $2, 'MEMBER')`, [group, p.member.personId]);
    const insertCampaign = async (status: string) =>
      (
        await api.db.query(`INSERT INTO foi_campaign (partnership_id, group_id, title, letter_template, status, sent_at) VALUES ($1, $2, $3, 'Dear FOI officer', $3, $4) RETURNING id`, [
          p.partnershipId,
          group,
          status,
          status === 'DRAFT' ? null : new Date(),
        ])
      )[0].id as string;
    campaign = await insertCampaign('SENT');
    draft = await insertCampaign('DRAFT');
    [{ id: question }] = await api.db.query(`INSERT INTO foi_question (campaign_id, number, position, text, unit) VALUES ($1, '1', 0, 'How many children?', 'COUNT') RETURNING id`, [campaign]);
    const [{ id: council }] = await api.db.query(`INSERT INTO organisation (partnership_id, name, kind) VALUES ($1, 'Walsall Council', 'LOCAL_AUTHORITY') RETURNING id`, [p.partnershipId]);
    [{ id: request }] = await api.db.query(
      `INSERT INTO foi_request (partnership_id, campaign_id, organisation_id, sent_to, sent_via, letter_subject, letter_text, sent_at) VALUES ($1, $2, $3, 'foi@walsall.example', 'EMAIL', 'FOI request', 'Dear FOI officer', now()) RETURNING id`,
      [p.partnershipId, campaign, council],
    );
    await api.db.query(`INSERT INTO foi_dataset (partnership_id, campaign_id, version, content, signed_off_at) VALUES ($1, $2, 1, '{"title":"Draft"}', now())`, [p.partnershipId, draft]);
  });
  afterAll(() => api.close());

  const as = (r: FoiRole) => (token[r] ? { token: token[r] } : {});
  const answered = (res: { status: number; errors?: { extensions?: { code?: string } }[] }) => {
    expect(res.status).toBeLessThan(500);
    if (!res.errors) return true;
    expect(['NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED']).toContain(res.errors[0].extensions?.code);
    return false;
  };
  /** An export over HTTP: 200, or 404 (401 signed out) as for a campaign that does not exist. */
  const exported = async (format: string, r: FoiRole) => {
    const res = await fetch(`${api.url}/exports/foi/${campaign}/answers.${format}`, { headers: token[r] ? { authorization: `Bearer ${token[r]}` } : {} });
    expect([200, r === 'signedOut' ? 401 : 404]).toContain(res.status);
    await res.arrayBuffer();
    return res.status === 200;
  };
  const publicPage = async (id: string) => {
    const res = await fetch(`${api.url}/public/foi-matrix/foi/${id}`);
    expect([200, 404]).toContain(res.status);
    await res.text();
    return res.status === 200;
  };
  const signOff = (r: FoiRole) => gql(api.url, `mutation($c: ID!) { signOffFoiDataset(campaignId: $c) { datasets { version } } }`, { c: campaign }, as(r));

  const ops: Record<string, (r: FoiRole) => Promise<boolean>> = {
    readFoiAnswerSheet: async (r) => answered(await gql(api.url, `query($r: ID!) { foiAnswerSheet(requestId: $r) { questions { id answer { display } } } }`, { r: request }, as(r))),
    recordFoiAnswers: async (r) => {
      const value = String(100 + FOI_ROLES.indexOf(r));
      const allowed = answered(await gql(api.url, `mutation($i: RecordFoiAnswersInput!) { recordFoiAnswers(input: $i) { requestId } }`, { i: { requestId: request, answers: [{ questionId: question, qualifier: 'EXACT', value }] } }, as(r)));
      // A refusal writes nothing.
      const [row] = await api.db.query(`SELECT value FROM foi_answer WHERE request_id = $1`, [request]);
      expect({ r, saved: row?.value === value }).toEqual({ r, saved: allowed });
      return allowed;
    },
    readFoiMatrix: async (r) => answered(await gql(api.url, `query($c: ID!) { foiMatrix(campaignId: $c) { responseRate rows { authority } } }`, { c: campaign }, as(r))),
    readDraftFoiMatrix: async (r) => answered(await gql(api.url, `query($c: ID!) { foiMatrix(campaignId: $c) { responseRate } }`, { c: draft }, as(r))),
    exportFoiCsv: (r) => exported('csv', r),
    exportFoiXlsx: (r) => exported('xlsx', r),
    readFoiPublishing: async (r) => answered(await gql(api.url, `query($c: ID!) { foiPublishing(campaignId: $c) { publishable } }`, { c: campaign }, as(r))),
    signOffFoiDataset: async (r) => answered(await signOff(r)),
    withdrawFoiDataset: async (r) => {
      await signOff('coordinator');
      const allowed = answered(await gql(api.url, `mutation($c: ID!) { withdrawFoiDataset(campaignId: $c) { campaignId } }`, { c: campaign }, as(r)));
      expect({ r, public: await publicPage(campaign) }).toEqual({ r, public: !allowed });
      return allowed;
    },
    readPublishedFoiDataset: async () => {
      await signOff('coordinator');
      return publicPage(campaign);
    },
    readDraftFoiDatasetPublicly: () => publicPage(draft),
  };

  it.each(Object.keys(FOI_ANSWERS_MATRIX))('%s', async (operation) => {
    const expected = FOI_ANSWERS_MATRIX[operation].split(' ').map((c) => c === 'Y');
    const actual: boolean[] = [];
    for (const role of FOI_ROLES) actual.push(await ops[operation](role));
    expect(Object.fromEntries(FOI_ROLES.map((r, i) => [r, actual[i]]))).toEqual(Object.fromEntries(FOI_ROLES.map((r, i) => [r, expected[i]])));
  });
});

/**
 * FOI campaigns, requests, correspondence, recipient lists and bank-holiday years. A campaign of
 * a group is seen by the group's member once sent, never as a draft; everything that changes a
 * campaign or request is coordinators' (and admins').
 */
// admin coordinator groupMember bystander outsider signedOut
const FOI_CAMPAIGNS_MATRIX: Record<string, string> = {
  listFoiCampaigns: 'Y Y Y - - -',
  listDraftFoiCampaign: 'Y Y - - - -',
  readFoiCampaign: 'Y Y Y - - -',
  readDraftFoiCampaign: 'Y Y - - - -',
  readFoiRequest: 'Y Y Y - - -',
  downloadFoiAttachment: 'Y Y Y - - -',
  createFoiCampaign: 'Y Y - - - -',
  updateDraftFoiCampaign: 'Y Y - - - -',
  setFoiQuestions: 'Y Y - - - -',
  sendFoiCampaign: 'Y Y - - - -',
  setFoiRequestStatus: 'Y Y - - - -',
  requestFoiClarification: 'Y Y - - - -',
  addFoiCorrespondence: 'Y Y - - - -',
  createFoiAttachmentUpload: 'Y Y - - - -',
  readFoiRecipientLists: 'Y Y - - - -',
  createFoiRecipientList: 'Y Y - - - -',
  readFoiHolidayYears: 'Y Y - - - -',
  setFoiHolidayYear: 'Y Y - - - -',
  setOrganisationFoiAddress: 'Y Y - - - -',
};

describe('access matrix for FOI campaigns and requests', () => {
  let api: ApiHarness;
  let p: SeededPartnership;
  const token = {} as Record<FoiRole, string | undefined>;
  let group: string;
  let campaign: string;
  let draft: string;
  let request: string;
  let council: string;
  let attachment: string;
  let entry: string;

  beforeAll(async () => {
    api = await startApi();
    p = await seedPartnership(api.db, 'foi-a-matrix');
    const other = await seedPartnership(api.db, 'foi-a-matrix-other');
    const [{ id: accountId }] = await api.db.query(`INSERT INTO account (email, name, password_hash) SELECT 'bystander@foi-a-matrix.test', 'Bystander', password_hash FROM account WHERE id = $1 RETURNING id`, [p.member.accountId]);
    await api.db.query(`INSERT INTO person (partnership_id, account_id, role) VALUES ($1, $2, 'MEMBER')`, [p.partnershipId, accountId]);
    const emails: Record<Exclude<FoiRole, 'signedOut'>, string> = { admin: p.admin.email, coordinator: p.coordinator.email, groupMember: p.member.email, bystander: 'bystander@foi-a-matrix.test', outsider: other.member.email };
    for (const [role, email] of Object.entries(emails)) token[role as FoiRole] = (await gql(api.url, `mutation($i: SignInInput!) { signIn(input: $i) { token } }`, { i: { email, password: p.member.password } })).data!.signIn.token;
    [{ id: group }] = await api.db.query(`INSERT INTO "group" (partnership_id, name, slug, kind, visibility) VALUES ($1, 'Children in care', 'children', 'WORKING_GROUP', 'PRIVATE') RETURNING id`, [p.partnershipId]);
    await api.db.query(`INSERT INTO group_member (group_id, person_id, role) VALUES ($1, $2, 'MEMBER')`, [group, p.member.personId]);
    const insert = async (status: string, title: string) =>
      (await api.db.query(`INSERT INTO foi_campaign (partnership_id, group_id, title, letter_template, status, sent_at) VALUES ($1, $2, $3, 'Dear FOI officer', $4, $5) RETURNING id`, [p.partnershipId, group, title, status, status === 'DRAFT' ? null : new Date()]))[0].id as string;
    campaign = await insert('SENT', 'Sent campaign');
    draft = await insert('DRAFT', 'Draft campaign');
    [{ id: council }] = await api.db.query(`INSERT INTO organisation (partnership_id, name, kind, foi_email) VALUES ($1, 'Walsall Council', 'LOCAL_AUTHORITY', 'foi@walsall.example') RETURNING id`, [p.partnershipId]);
    [{ id: request }] = await api.db.query(
      `INSERT INTO foi_request (partnership_id, campaign_id, organisation_id, sent_to, sent_via, letter_subject, letter_text, sent_at, received_on, due_on)
       VALUES ($1, $2, $3, 'foi@walsall.example', 'EMAIL', 'FOI request', 'Dear FOI officer', now(), current_date, current_date + 28) RETURNING id`,
      [p.partnershipId, campaign, council],
    );
    [{ id: entry }] = await api.db.query(`INSERT INTO foi_correspondence (partnership_id, request_id, direction, kind, subject, occurred_at) VALUES ($1, $2, 'IN', 'REPLY', 'Our reply', now()) RETURNING id`, [p.partnershipId, request]);
    await api.db.query(`INSERT INTO stored_file (sha256, size, bytes) VALUES (repeat('f', 64), 4, 'PNG!') ON CONFLICT DO NOTHING`);
    [{ id: attachment }] = await api.db.query(`INSERT INTO foi_correspondence_file (correspondence_id, sha256, filename, content_type, size) VALUES ($1, repeat('f', 64), 'reply.png', 'image/png', 4) RETURNING id`, [entry]);
  });
  afterAll(() => api.close());

  const as = (r: FoiRole) => (token[r] ? { token: token[r] } : {});
  /** Past the policy layer: no error, or one about the input or the state (not an access refusal). */
  const passed = (res: { status: number; errors?: { extensions?: { code?: string } }[] }) => {
    expect(res.status).toBeLessThan(500);
    if (!res.errors) return true;
    const code = res.errors[0].extensions?.code;
    expect(['NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED', 'BAD_USER_INPUT', 'CONFLICT']).toContain(code);
    return code === 'BAD_USER_INPUT' || code === 'CONFLICT';
  };
  const listed = async (r: FoiRole, id: string) => {
    const res = await gql(api.url, `{ foiCampaigns { id } }`, {}, as(r));
    return passed(res) && (res.data!.foiCampaigns as { id: string }[]).some((c) => c.id === id);
  };
  const n = { value: 0 };
  const ops: Record<string, (r: FoiRole) => Promise<boolean>> = {
    listFoiCampaigns: (r) => listed(r, campaign),
    listDraftFoiCampaign: (r) => listed(r, draft),
    readFoiCampaign: async (r) => passed(await gql(api.url, `query($c: ID!) { foiCampaign(id: $c) { title questions { number } requests { id clock { text } } counts { requests } } }`, { c: campaign }, as(r))),
    readDraftFoiCampaign: async (r) => passed(await gql(api.url, `query($c: ID!) { foiCampaign(id: $c) { title } }`, { c: draft }, as(r))),
    readFoiRequest: async (r) => passed(await gql(api.url, `query($r: ID!) { foiRequest(id: $r) { status clock { text } correspondence { subject attachments { filename } } } }`, { r: request }, as(r))),
    downloadFoiAttachment: async (r) => {
      const res = await fetch(`${api.url}/foi-files/${attachment}`, { headers: token[r] ? { authorization: `Bearer ${token[r]}` } : {} });
      expect([200, 404]).toContain(res.status);
      await res.arrayBuffer();
      return res.status === 200;
    },
    createFoiCampaign: async (r) => passed(await gql(api.url, `mutation($i: FoiCampaignInput!) { createFoiCampaign(input: $i) { id } }`, { i: { title: `New ${r}` } }, as(r))),
    updateDraftFoiCampaign: async (r) => passed(await gql(api.url, `mutation($c: ID!, $i: FoiCampaignInput!) { updateFoiCampaign(id: $c, input: $i) { id } }`, { c: draft, i: { title: `Draft by ${r}`, groupId: group } }, as(r))),
    setFoiQuestions: async (r) =>
      passed(await gql(api.url, `mutation($c: ID!, $i: FoiQuestionsInput!) { setFoiQuestions(campaignId: $c, input: $i) { id } }`, { c: draft, i: { questions: [{ number: '1', text: 'How many?', unit: 'COUNT' }] } }, as(r))),
    sendFoiCampaign: async (r) => {
      // A fresh draft without recipients: past the policy layer the answer is about the input.
      const id = (await api.db.query(`INSERT INTO foi_campaign (partnership_id, group_id, title, letter_template) VALUES ($1, $2, 'To send', 'Dear FOI officer') RETURNING id`, [p.partnershipId, group]))[0].id;
      const allowed = passed(await gql(api.url, `mutation($c: ID!) { sendFoiCampaign(campaignId: $c) { email } }`, { c: id }, as(r)));
      expect(await api.db.query(`SELECT count(*)::int AS n FROM foi_request WHERE campaign_id = $1`, [id])).toEqual([{ n: 0 }]);
      return allowed;
    },
    setFoiRequestStatus: async (r) => passed(await gql(api.url, `mutation($q: ID!, $i: FoiStatusInput!) { setFoiRequestStatus(requestId: $q, input: $i) { status } }`, { q: request, i: { status: 'AWAITING', on: new Date().toISOString().slice(0, 10) } }, as(r))),
    requestFoiClarification: async (r) => passed(await gql(api.url, `mutation($q: ID!, $i: FoiClarificationInput!) { requestFoiClarification(requestId: $q, input: $i) { status } }`, { q: request, i: { on: '2000-01-01', note: 'x' } }, as(r))),
    addFoiCorrespondence: async (r) => passed(await gql(api.url, `mutation($q: ID!, $i: FoiCorrespondenceInput!) { addFoiCorrespondence(requestId: $q, input: $i) }`, { q: request, i: { direction: 'IN', subject: `Call from ${r}`, on: '2000-01-01' } }, as(r))),
    createFoiAttachmentUpload: async (r) => passed(await gql(api.url, `mutation($e: ID!) { createFoiAttachmentUpload(correspondenceId: $e) { maxBytes } }`, { e: entry }, as(r))),
    readFoiRecipientLists: async (r) => passed(await gql(api.url, `{ foiRecipientLists { id } }`, {}, as(r))),
    createFoiRecipientList: async (r) => passed(await gql(api.url, `mutation($i: FoiRecipientListInput!) { createFoiRecipientList(input: $i) }`, { i: { name: `List ${r} ${++n.value}`, organisationIds: [council] } }, as(r))),
    readFoiHolidayYears: async (r) => passed(await gql(api.url, `{ foiHolidayYears { year } }`, {}, as(r))),
    setFoiHolidayYear: async (r) => passed(await gql(api.url, `mutation($i: FoiHolidayYearInput!) { setFoiHolidayYear(input: $i) { year } }`, { i: { year: 2031, holidays: [{ day: '2031-01-01', name: "New Year's Day" }] } }, as(r))),
    setOrganisationFoiAddress: async (r) => passed(await gql(api.url, `mutation($o: ID!, $i: FoiAddressInput!) { setOrganisationFoiAddress(organisationId: $o, input: $i) { id } }`, { o: council, i: { foiEmail: 'foi@walsall.example' } }, as(r))),
  };

  it.each(Object.keys(FOI_CAMPAIGNS_MATRIX))('%s', async (operation) => {
    const expected = FOI_CAMPAIGNS_MATRIX[operation].split(' ').map((c) => c === 'Y');
    const actual: boolean[] = [];
    for (const role of FOI_ROLES) actual.push(await ops[operation](role));
    expect(Object.fromEntries(FOI_ROLES.map((r, i) => [r, actual[i]]))).toEqual(Object.fromEntries(FOI_ROLES.map((r, i) => [r, expected[i]])));
  });
});
