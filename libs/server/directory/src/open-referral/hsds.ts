import type { ContactModel } from '../contacts/contact.models';
import { clockTime, rruleDay, type WeeklySlot } from '../schedule/weekly-slots';
import type { LocationModel, ServiceModel } from '../services/service.models';
import { SERVICE_TYPE_LABELS, type ServiceType } from '../taxonomy';

/** The organisation fields the export needs. */
export interface HsdsOrganisation {
  id: string;
  name: string;
  description: string;
  website: string | null;
  contactEmail: string | null;
}

export interface HsdsParts {
  organisation: HsdsOrganisation;
  location: LocationModel | null;
  /** Public contacts only: the caller redacts as the signed-out reader. */
  contacts: ContactModel[];
  slots: WeeklySlot[];
}

const STATUS: Record<ServiceModel['status'], string> = { ACTIVE: 'active', INACTIVE: 'inactive', DEFUNCT: 'defunct', TEMPORARILY_CLOSED: 'temporarily closed' };

const ATTENDING: Record<string, string> = { REFERRAL: 'Referral', DROP_IN: 'Drop-in', APPOINTMENT: 'Appointment' };

/** Child ids derived from the parent's, so the same export gives the same ids every time. */
const child = (id: string, part: string, n = 0) => `${id}-${part}-${n}`;

/**
 * A service in the Open Referral UK (HSDS UK profile) JSON shape: the public fields only. The
 * partnership's own fields (visibility, last checked by whom, PARTNERSHIP and COORDINATORS
 * contact details) never appear; contacts arrive already redacted for the public.
 */
export function toHsdsService(service: ServiceModel, parts: HsdsParts): Record<string, unknown> {
  const { organisation, location } = parts;
  return {
    id: service.id,
    name: service.name,
    description: service.description,
    url: service.url,
    email: service.email,
    status: STATUS[service.status],
    fees: service.free ? '' : service.cost,
    accreditations: '',
    deliverable_type: '',
    attending_type: location ? 'In person' : '',
    attending_access: service.accessMethods.map((m) => ATTENDING[m]).join(', '),
    assured_date: service.lastCheckedAt ? service.lastCheckedAt.toISOString().slice(0, 10) : null,
    organization: {
      id: organisation.id,
      name: organisation.name,
      description: organisation.description,
      email: organisation.contactEmail,
      url: organisation.website,
      logo: null,
      uri: null,
      reviews: [],
    },
    eligibilitys: [
      {
        id: child(service.id, 'eligibility'),
        eligibility: [service.eligibility, service.immigrationNotes].filter(Boolean).join(' '),
        minimum_age: service.minAge,
        maximum_age: service.maxAge,
      },
    ],
    languages: service.languages.map((language, i) => ({ id: child(service.id, 'language', i), language })),
    service_areas: service.serviceAreas.map((area, i) => ({ id: child(service.id, 'area', i), service_area: area, extent: null, uri: null })),
    cost_options: [{ id: child(service.id, 'cost'), valid_from: null, valid_to: null, option: service.free ? 'Free' : 'Charge', amount: service.free ? 0 : null, amount_description: service.free ? 'Free' : service.cost }],
    regular_schedules: parts.slots.map((slot, i) => ({
      id: child(service.id, 'schedule', i),
      description: '',
      opens_at: clockTime(slot.startsMinute),
      closes_at: clockTime(slot.endsMinute),
      valid_from: service.scheduleStartsAt ? service.scheduleStartsAt.toISOString().slice(0, 10) : null,
      valid_to: null,
      dtstart: service.scheduleStartsAt ? service.scheduleStartsAt.toISOString() : null,
      freq: 'WEEKLY',
      interval: 1,
      byday: rruleDay(slot.weekday),
      bymonthday: null,
    })),
    holiday_schedules: [],
    contacts: parts.contacts.map((c) => ({
      id: c.id,
      name: c.name,
      title: c.role,
      phones: c.phone ? [{ id: child(c.id, 'phone'), number: c.phone, language: 'English' }] : [],
    })),
    service_at_locations: location
      ? [
          {
            id: child(service.id, 'at', 0),
            location: {
              id: location.id,
              name: location.name,
              description: '',
              latitude: null,
              longitude: null,
              physical_addresses: [{ id: child(location.id, 'address'), address_1: [location.address1, location.address2].filter(Boolean).join(', '), city: location.city, state_province: '', postal_code: location.postcode ?? '', country: 'GB' }],
              accessibility_for_disabilities: [
                ...(location.stepFree ? [{ id: child(location.id, 'access', 0), accessibility: 'Step-free access', details: '' }] : []),
                ...(location.hearingLoop ? [{ id: child(location.id, 'access', 1), accessibility: 'Hearing loop', details: '' }] : []),
                ...(location.accessibleToilet ? [{ id: child(location.id, 'access', 2), accessibility: 'Accessible toilet', details: '' }] : []),
              ],
            },
          },
        ]
      : [],
    service_taxonomys: [
      { id: child(service.id, 'taxonomy'), taxonomy: { id: `convene:${service.serviceType}`, name: SERVICE_TYPE_LABELS[service.serviceType as ServiceType], vocabulary: 'convene-service-type', parent: null } },
      ...service.levels.map((level, i) => ({ id: child(service.id, 'level', i), taxonomy: { id: `convene:esol:${level}`, name: level.replace('_', ' ').toLowerCase(), vocabulary: 'convene-esol-level', parent: `convene:${service.serviceType}` } })),
    ],
  };
}

/** Open Referral's paginated envelope. */
export function hsdsPage(contents: unknown[], total: number, page: number, perPage: number): Record<string, unknown> {
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  return { total_items: total, total_pages: totalPages, page_number: page, size: contents.length, first_page: page === 1, last_page: page >= totalPages, empty: contents.length === 0, contents };
}
