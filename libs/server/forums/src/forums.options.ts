export const FORUMS_OPTIONS = Symbol('FORUMS_OPTIONS');

export interface ForumsOptions {
  redisPrefix: string;
  /** Posts one person may make per minute, over every door (GraphQL and sockets). */
  postsPerMinute: number;
}
