/** Keys of the request loaders behind a meeting's list fields; the agenda pack primes them. */
export const MEETING_LOADERS = {
  agendaItems: 'agenda-items',
  assessment: 'assessment',
  mattersArising: 'matters-arising',
  attendance: 'attendance',
} as const;
