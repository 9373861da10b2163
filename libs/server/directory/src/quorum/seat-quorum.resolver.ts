import { Field, Int, ObjectType, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { isUuid } from '@convene/database';
import { loadOne, SignedIn, type MaybePromise, type RequestContext } from '@convene/graphql-kit';
import { MeetingModel } from '@convene/groups';
import { Seat } from '../taxonomy';

@ObjectType('SeatQuorumPart', { description: 'One seat the terms of reference need present, and how many hold it.' })
export class SeatQuorumPartModel {
  @Field(() => Seat) seat!: Seat;
  @Field(() => Int, { description: 'How many of this seat must be present (the seat listed that many times).' }) required!: number;
  @Field(() => Int, { description: 'Seats held by members (or their deputies) who accepted or attended.' }) expected!: number;
  @Field(() => Int, { description: 'Seats held by members (or their deputies) recorded as attended.' }) present!: number;
  @Field() met!: boolean;
}

@ObjectType('SeatQuorum', { description: 'The seats a quorum needs, from the approved terms of reference.' })
export class SeatQuorumModel {
  @Field(() => [SeatQuorumPartModel]) seats!: SeatQuorumPartModel[];
  @Field({ description: 'Every seat needed is present.' }) met!: boolean;
}

interface PartRow extends SeatQuorumPartModel {
  meetingId: string;
}

/**
 * "At least one statutory partner": seats counted from representation on the day of the
 * meeting (London date), a seat held once however many of its holder and deputy came.
 */
@SignedIn()
@Resolver(() => MeetingModel)
export class SeatQuorumResolver {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @ResolveField(() => SeatQuorumModel, { nullable: true, description: 'Null when the approved terms of reference need no seats.' })
  seatQuorum(meeting: MeetingModel, _args: unknown, ctx: RequestContext): MaybePromise<SeatQuorumModel | null> {
    return loadOne(ctx, 'directory:seat-quorum', (ids: readonly string[]) => this.load(ids), meeting.id);
  }

  /** In key order; one statement for every meeting asked about. */
  async load(meetingIds: readonly string[]): Promise<(SeatQuorumModel | null)[]> {
    const rows: PartRow[] = await this.db.query(
      `WITH req AS (
         SELECT m.id AS meeting_id, m.group_id, (m.starts_at AT TIME ZONE 'Europe/London')::date AS day, s.seat, count(*)::int AS required
           FROM meeting m JOIN terms_of_reference t ON t.group_id = m.group_id AND t.status = 'APPROVED'
           CROSS JOIN LATERAL unnest(t.quorum_seats) AS s(seat)
          WHERE m.id = ANY($1::uuid[])
          GROUP BY 1, 2, 3, 4)
       SELECT req.meeting_id AS "meetingId", req.seat, req.required,
              count(DISTINCT r.id) FILTER (WHERE a.status IN ('ACCEPTED', 'ATTENDED'))::int AS expected,
              count(DISTINCT r.id) FILTER (WHERE a.status = 'ATTENDED')::int AS present
         FROM req
         LEFT JOIN representation r ON r.group_id = req.group_id AND r.seat = req.seat AND r.starts_on <= req.day AND (r.ends_on IS NULL OR r.ends_on >= req.day)
         LEFT JOIN attendance a ON a.meeting_id = req.meeting_id AND (a.person_id = r.person_id OR a.person_id = r.deputy_person_id)
        GROUP BY req.meeting_id, req.seat, req.required
        ORDER BY req.meeting_id, req.seat`,
      [meetingIds.filter(isUuid)],
    );
    const byMeeting = new Map<string, SeatQuorumPartModel[]>();
    for (const { meetingId, ...part } of rows) {
      const parts = byMeeting.get(meetingId) ?? [];
      parts.push({ ...part, met: part.present >= part.required });
      byMeeting.set(meetingId, parts);
    }
    return meetingIds.map((id) => {
      const seats = byMeeting.get(id);
      return seats ? { seats, met: seats.every((s) => s.met) } : null;
    });
  }
}
