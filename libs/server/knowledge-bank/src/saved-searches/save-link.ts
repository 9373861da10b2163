/**
 * "Email me when new resources match", for signed-in readers: a link to the web client's saved
 * searches page with the finder's query in `save`, where one click saves it (a GraphQL
 * mutation, so the finder page itself never changes anything).
 */
export function saveSearchLink(query: string, esc: (s: string) => string): string {
  const href = `/resources/saved-searches?${new URLSearchParams({ save: query.replace(/^\?/, '') })}`;
  return `<p class="govuk-body-s bank-save-search"><a class="govuk-link" href="${esc(href)}">Email me when new resources match this search</a></p>`;
}
