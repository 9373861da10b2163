/**
 * The reading rules as SQL, shared by the API (unread counts), the forum service (marking read)
 * and the worker (digests, watched-post emails), so every door counts the same posts.
 */

/** A post that counts as news for `person`: visible (not hidden, not held for a moderator) and not their own. */
export const newsFor = (post: string, person: string) =>
  `${post}.hidden_at IS NULL AND ${post}.held_reason IS NULL AND ${post}.author_person_id IS DISTINCT FROM ${person}`;

/**
 * A post after the reader's marker `read` (a thread_read row, or null when never opened): written
 * after it, or approved after the reader last read the thread, since a held post keeps its place
 * and could sit behind a marker that passed it while it waited.
 */
export const afterMarker = (post: string, read: string) =>
  `(${post}.created_seq > coalesce(${read}.last_read_seq, 0) OR ${post}.held_decided_at > ${read}.updated_at)`;

/** The person's setting for a thread: its own row, else its forum's row, else null (the default). */
export const followLevel = (thread: string, forum: string, person: string) =>
  `coalesce((SELECT tf.level FROM thread_follow tf WHERE tf.thread_id = ${thread} AND tf.person_id = ${person}),
            (SELECT ff.level FROM forum_follow ff WHERE ff.forum_id = ${forum} AND ff.person_id = ${person}))`;

/** Not muted by the person, through the thread or its forum: muted threads leave digests and unread counts. */
export const notMuted = (thread: string, forum: string, person: string) => `${followLevel(thread, forum, person)} IS DISTINCT FROM 'MUTED'`;

/**
 * When a post reached readers: at creation, or at its approval if it was held. Watched-post
 * emails batch by this instant, so an approved post goes out once, in its approval's window.
 */
export const visibleAt = (post: string) => `coalesce(${post}.held_decided_at, ${post}.created_at)`;

/**
 * The people who watch a post's thread: watching the thread, or its forum without a setting of
 * their own on the thread. `post` must name a row with thread_id and forum_id.
 */
export const watchersOf = (post: string) =>
  `(SELECT tf.person_id FROM thread_follow tf WHERE tf.thread_id = ${post}.thread_id AND tf.level = 'WATCHING'
    UNION
    SELECT ff.person_id FROM forum_follow ff WHERE ff.forum_id = ${post}.forum_id AND ff.level = 'WATCHING'
       AND NOT EXISTS (SELECT 1 FROM thread_follow tm WHERE tm.thread_id = ${post}.thread_id AND tm.person_id = ff.person_id))`;
