/** A service row as ServiceModel (aliases: service `s`, organisation `o`). */
export const SERVICE_COLUMNS = `s.id, s.partnership_id AS "partnershipId", s.organisation_id AS "organisationId", o.name AS "organisationName", s.location_id AS "locationId",
  s.name, s.description, s.status, s.visibility, s.service_type AS "serviceType", s.levels, s.min_age AS "minAge", s.max_age AS "maxAge",
  s.eligibility, s.immigration_notes AS "immigrationNotes", s.languages, s.access_methods AS "accessMethods", s.free, s.cost,
  s.schedule, s.schedule_starts_at AS "scheduleStartsAt", s.duration_minutes AS "durationMinutes", s.service_areas AS "serviceAreas",
  s.childcare, s.spaces_available AS "spacesAvailable", s.url, s.email, s.phone, s.last_checked_at AS "lastCheckedAt",
  s.last_checked_by_person_id AS "lastCheckedByPersonId", s.updated_at AS "updatedAt"`;

export const SERVICE_FROM = `directory_service s JOIN organisation o ON o.id = s.organisation_id`;

export const LOCATION_COLUMNS = `l.id, l.organisation_id AS "organisationId", l.name, l.address_1 AS "address1", l.address_2 AS "address2", l.city, l.postcode,
  l.step_free AS "stepFree", l.hearing_loop AS "hearingLoop", l.accessible_toilet AS "accessibleToilet", l.accessibility_notes AS "accessibilityNotes"`;

/** "arabic", "ARABIC " → "Arabic": languages and areas are stored and filtered in one form. */
export const titleCase = (value: string) =>
  value
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .replace(/(^|[\s(/-])(\p{L})/gu, (_m, sep: string, letter: string) => sep + letter.toUpperCase());
