/**
 * The job catalogue: queue names, job names (string constants, never class names) and the
 * payload of each. Payloads carry ids only; BullMQ stores them as plain text in Redis.
 */
export const QUEUES = {
  mail: 'mail',
  schedule: 'schedule',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export const JOBS = {
  /** Periodic: decides from the database what is due and enqueues it. */
  tick: 'tick',
  invitationEmail: 'invitation-email',
  passwordResetEmail: 'password-reset-email',
} as const;
export type JobName = (typeof JOBS)[keyof typeof JOBS];

export interface JobPayloads {
  [JOBS.tick]: { at?: string };
  [JOBS.invitationEmail]: { invitationId: string };
  [JOBS.passwordResetEmail]: { passwordResetId: string };
}

/** Which queue carries each job. */
export const JOB_QUEUE: { [J in JobName]: QueueName } = {
  [JOBS.tick]: QUEUES.schedule,
  [JOBS.invitationEmail]: QUEUES.mail,
  [JOBS.passwordResetEmail]: QUEUES.mail,
};

/**
 * Job ids derive from the data, so enqueueing the same work twice is a no-op. BullMQ reserves
 * `:` in ids, so the parts are joined with `.`.
 */
export const JOB_ID: { [J in JobName]: (payload: JobPayloads[J]) => string } = {
  [JOBS.tick]: (p) => `tick.${p.at ?? 'now'}`,
  [JOBS.invitationEmail]: (p) => `invitation.${p.invitationId}`,
  [JOBS.passwordResetEmail]: (p) => `password-reset.${p.passwordResetId}`,
};
