import { createContext } from 'preact';
import { useContext, useEffect, useRef } from 'preact/hooks';
import { Notice } from '../../components/ui';
import type { MeetingPackQuery } from '../../gql/graphql';

export type Pack = MeetingPackQuery['meeting'];
export type Item = Pack['agendaItems'][number];
export type Entry = Pack['assessment'][number];
export type Minutes = NonNullable<Pack['minutes']>;

/** Where on the page an action happened, so its confirmation appears beside it. */
export type Area = 'reply' | 'agenda' | 'assessment' | 'attendance' | 'minutes' | 'actions' | 'schedule';

export interface Done {
  area: Area;
  message: string;
  /** Changes with every confirmation, so the same words twice are still announced. */
  id: number;
}

export interface MeetingContextValue {
  meeting: Pack;
  /** What the signed-in person may do now, as the API decides it from their role and the meeting's state and time. */
  can: Pack['viewerCan'];
  /** The signed-in person's id. */
  meId: string;
  /** Any of the managers' tools is open to them (from `can`): chair, secretary, coordinator. */
  canManage: boolean;
  /** Proposes items, comments, adds to the assessment (from `can`). */
  canContribute: boolean;
  /** May reply to the invitation (from `can`). */
  isMember: boolean;
  notice: Done | undefined;
  /** After a successful change: reload the pack, then confirm it in that area. */
  done(area: Area, message: string): Promise<void>;
}

const MeetingContext = createContext<MeetingContextValue | null>(null);

export const MeetingProvider = MeetingContext.Provider;

export function useMeeting(): MeetingContextValue {
  const value = useContext(MeetingContext);
  if (!value) throw new Error('useMeeting outside a meeting page');
  return value;
}

/**
 * The confirmation of the last action in this area. It is a polite live region; when the
 * control that was used has gone (a form that closed), focus moves here so it is not lost.
 */
export function AreaNotice({ area }: { area: Area }) {
  const { notice } = useMeeting();
  const ref = useRef<HTMLDivElement>(null);
  const shown = notice?.area === area ? notice : undefined;
  useEffect(() => {
    if (!shown) return;
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected) ref.current?.focus();
  }, [shown?.id]);
  if (!shown) return null;
  return (
    <div class="app-meeting-notice" tabIndex={-1} ref={ref}>
      <Notice>{shown.message}</Notice>
    </div>
  );
}
