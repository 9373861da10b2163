import { useState } from 'preact/hooks';
import { Button, ErrorSummary, Select, TextInput } from '../../components/ui';
import { graphql } from '../../gql';
import { useMutation } from '../../lib/hooks';
import { SEATS, options } from './labels';

const SET_SEAT = graphql(`
  mutation DirectorySetSeat($input: RepresentationInput!) {
    setRepresentation(input: $input) {
      id
      seat
    }
  }
`);

interface SeatFormProps {
  groupId: string;
  person: { id: string; name: string };
  /** The organisation they represent on the group; the seat is for it. */
  organisation: { id: string; name: string } | null;
  seat: { seat: string; deputyPersonId: string | null } | null;
  /** Other members, who may stand in as deputy. */
  others: { id: string; name: string }[];
  saved(message: string): void;
}

/** The sector seat a member holds for their organisation on a group, with a deputy, from a date. */
export function SeatForm({ groupId, person, organisation, seat, others, saved }: SeatFormProps) {
  const [choice, setChoice] = useState(seat?.seat ?? 'VOLUNTARY_SECTOR');
  const [deputy, setDeputy] = useState(seat?.deputyPersonId ?? '');
  const [startsOn, setStartsOn] = useState('');
  const save = useMutation(SET_SEAT);
  if (!organisation) return <p class="govuk-body govuk-hint">Choose the organisation {person.name} represents before giving them a seat.</p>;
  return (
    <form
      noValidate
      class="app-manage-panel"
      onSubmit={async (event) => {
        event.preventDefault();
        const done = await save.run({ input: { groupId, personId: person.id, organisationId: organisation.id, seat: choice as never, deputyPersonId: deputy || null, startsOn: startsOn.trim() || null } });
        if (done) saved(`${person.name} sits for ${organisation.name} in the ${SEATS[choice].toLowerCase()} seat.`);
      }}
    >
      <h3 class="govuk-heading-s">Seat for {organisation.name}</h3>
      <ErrorSummary error={save.error} fields={{ startsOn: 'seat-starts', deputyPersonId: 'seat-deputy' }} />
      <Select id="seat-choice" label="Sector seat" value={choice} options={options(SEATS)} onChange={(e) => setChoice(e.currentTarget.value)} />
      <Select id="seat-deputy" label="Deputy (optional)" value={deputy} options={[{ value: '', label: 'No deputy' }, ...others.map((o) => ({ value: o.id, label: o.name }))]} onChange={(e) => setDeputy(e.currentTarget.value)} />
      <TextInput id="seat-starts" label="From (optional)" hint="YYYY-MM-DD; today when left empty. Their previous seat ends that day." class="govuk-input--width-10" value={startsOn} onInput={(e) => setStartsOn((e.currentTarget as HTMLInputElement).value)} error={save.error?.field === 'startsOn' ? save.error.message : undefined} />
      <Button secondary disabled={save.pending}>
        Save seat
      </Button>
    </form>
  );
}
