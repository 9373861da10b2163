import type { ComponentChildren } from 'preact';
import { PageHeading } from '../../components/ui';

/** A GOV.UK single checkbox. */
export function Checkbox({ id, label, checked, onChange, hint }: { id: string; label: string; checked: boolean; onChange(checked: boolean): void; hint?: string }) {
  return (
    <div class="govuk-checkboxes__item">
      <input class="govuk-checkboxes__input" id={id} name={id} type="checkbox" checked={checked} onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)} aria-describedby={hint ? `${id}-hint` : undefined} />
      <label class="govuk-label govuk-checkboxes__label" for={id}>
        {label}
      </label>
      {hint && (
        <div id={`${id}-hint`} class="govuk-hint govuk-checkboxes__hint">
          {hint}
        </div>
      )}
    </div>
  );
}

/** Several checkboxes for one set of choices, in a fieldset. */
export function CheckboxGroup({ id, legend, labels, value, onChange }: { id: string; legend: string; labels: Record<string, string>; value: string[]; onChange(value: string[]): void }) {
  return (
    <div class="govuk-form-group">
      <fieldset class="govuk-fieldset" id={id}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <div class="govuk-checkboxes govuk-checkboxes--small">
          {Object.entries(labels).map(([key, label]) => (
            <Checkbox key={key} id={`${id}-${key}`} label={label} checked={value.includes(key)} onChange={(on) => onChange(on ? [...value, key] : value.filter((v) => v !== key))} />
          ))}
        </div>
      </fieldset>
    </div>
  );
}

export function SummaryRow({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="govuk-summary-list__row">
      <dt class="govuk-summary-list__key">{label}</dt>
      <dd class="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

export function DirectoryNav({ current, coordinator }: { current: 'home' | 'finder' | 'suggestions' | 'merges' | 'import'; coordinator: boolean }) {
  const links = [
    { key: 'home', href: '/directory', label: 'Directory' },
    { key: 'finder', href: '/find-services', label: 'Service finder' },
    ...(coordinator
      ? [
          { key: 'suggestions', href: '/directory/suggestions', label: 'Suggested changes' },
          { key: 'merges', href: '/directory/merges', label: 'Possible duplicates' },
          { key: 'import', href: '/directory/import', label: 'Import and export' },
        ]
      : []),
  ];
  return (
    <nav aria-label="Directory" class="govuk-!-margin-bottom-6">
      <ul class="govuk-list app-inline-list">
        {links.map((l) => (
          <li key={l.key}>
            <a class="govuk-link" href={l.href} aria-current={l.key === current ? 'page' : undefined}>
              {l.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function CoordinatorsOnly() {
  return (
    <>
      <PageHeading>You cannot edit the directory</PageHeading>
      <p class="govuk-body">Only coordinators and admins edit the directory. You can suggest a change on an organisation’s or service’s page.</p>
    </>
  );
}
