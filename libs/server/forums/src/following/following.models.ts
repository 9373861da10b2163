import { registerEnumType } from '@nestjs/graphql';

export enum FollowLevel {
  WATCHING = 'WATCHING',
  MUTED = 'MUTED',
}
registerEnumType(FollowLevel, {
  name: 'FollowLevel',
  description: 'WATCHING: each new post by email, batched every five minutes. MUTED: out of digests and unread counts. No setting (null): the default, and for a thread its forum’s setting.',
});

/** A thread's reading state for the signed-in person. */
export interface ThreadReadState {
  unread: number;
  /** The position read up to; null if never opened. */
  lastReadPosition: string | null;
  /** The first post by someone else after that position: where "new since your last visit" goes. */
  firstUnreadPostId: string | null;
}
