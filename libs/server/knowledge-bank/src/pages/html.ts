/** Small helpers for the server-rendered bank pages: escaping and the page shell. */

export const esc = (value: unknown) => String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** No scripts at all: the finder works without JavaScript, and nothing on it may run any. */
export const PAGE_CSP = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

const STYLE = `
.bank-grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(200px,1fr));gap:20px;list-style:none;margin:0 0 30px;padding:0}
.bank-card{border:1px solid #b1b4b6;display:flex;flex-direction:column}
.bank-card__thumb{aspect-ratio:3/2;background:#f3f2f1;display:flex;align-items:center;justify-content:center;overflow:hidden;border-bottom:1px solid #b1b4b6}
.bank-card__thumb img{width:100%;height:100%;object-fit:cover}
.bank-card__placeholder{font-weight:700;font-size:1.5rem;color:#0b0c0c;text-transform:uppercase;letter-spacing:.05em}
.bank-card__placeholder--REPORT{background:#d2e2f1}.bank-card__placeholder--BRIEFING{background:#e5dbef}.bank-card__placeholder--INFOGRAPHIC{background:#fbe4d2}
.bank-card__placeholder--TOOLKIT{background:#d9ecdf}.bank-card__placeholder--GUIDANCE{background:#fff2b3}.bank-card__placeholder--DATASET{background:#dde8ea}
.bank-card__placeholder--VIDEO{background:#f4dbe2}.bank-card__placeholder--WEB_PAGE{background:#e6e6e6}
.bank-card__body{padding:10px 15px 15px}
.bank-card__title{margin:0 0 5px;font-size:1.1875rem}
.bank-card__meta{margin:0;color:#505a5f;font-size:1rem}
.bank-tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:10px;list-style:none;margin:0 0 20px;padding:0}
.bank-tiles a{display:block;padding:10px 12px;border:1px solid #b1b4b6;border-left:5px solid #1d70b8;text-decoration:none}
.bank-tiles a:hover{background:#f3f2f1}
.bank-tiles a[aria-current]{border-left-color:#0b0c0c;font-weight:700}
.bank-years{display:flex;flex-wrap:wrap;gap:4px;list-style:none;margin:0 0 20px;padding:0}
.bank-years a{display:block;padding:4px 8px;border:1px solid #b1b4b6;text-decoration:none;font-size:1rem}
.bank-years a[aria-current]{background:#1d70b8;color:#fff;border-color:#1d70b8}
.bank-filters .govuk-fieldset{margin-bottom:20px}
.bank-filters .govuk-checkboxes__item{margin-bottom:4px}
.bank-count{color:#505a5f}
.bank-search{display:flex;gap:5px;align-items:flex-start}.bank-search .govuk-button{margin-bottom:0}
.bank-header{background:#0b0c0c;border-bottom:10px solid #1d70b8;color:#fff;padding:12px 0}
.bank-header a{color:#fff;font-weight:700;margin-right:20px}
.bank-header a:focus{color:#0b0c0c}
`;

/** The shell: GOV.UK Frontend's compiled styles (the web client's), a header with a way back in. */
export function page(title: string, body: string, signedIn: boolean): string {
  return `<!doctype html>
<html lang="en" class="govuk-template">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title>
<link rel="stylesheet" href="/build/app.css"><style>${STYLE}</style></head>
<body class="govuk-template__body">
<a href="#main-content" class="govuk-skip-link">Skip to main content</a>
<header class="bank-header" role="banner"><div class="govuk-width-container"><a class="govuk-link govuk-link--inverse" href="/">Convene</a>${
    signedIn ? '<a class="govuk-link govuk-link--inverse" href="/resources">Manage resources</a>' : '<a class="govuk-link govuk-link--inverse" href="/sign-in">Sign in</a>'
  }</div></header>
<div class="govuk-width-container"><main class="govuk-main-wrapper" id="main-content" role="main">${body}</main></div>
</body></html>
`;
}

export function renderNotFound(signedIn: boolean): string {
  return page('Page not found – Knowledge bank', '<h1 class="govuk-heading-l">Page not found</h1><p class="govuk-body">This resource does not exist, or you cannot see it.</p>', signedIn);
}
