/** The bank's fixed lists, worded as the finder words them. */
export const TYPES: [string, string][] = [
  ['REPORT', 'Report'],
  ['BRIEFING', 'Briefing'],
  ['INFOGRAPHIC', 'Infographic'],
  ['TOOLKIT', 'Toolkit'],
  ['GUIDANCE', 'Guidance'],
  ['DATASET', 'Dataset'],
  ['VIDEO', 'Video'],
  ['WEB_PAGE', 'Web page'],
];

export const POLICY_AREAS: [string, string][] = [
  ['HOUSING', 'Housing'],
  ['COMPULSORY_EDUCATION', 'Compulsory education'],
  ['HEALTH', 'Health'],
  ['EMPLOYMENT', 'Employment'],
  ['ADULT_EDUCATION', 'Adult education and training'],
  ['COMMUNITY_COHESION', 'Community cohesion'],
  ['MEDIA_INFORMATION', 'Media and information'],
  ['ADVICE_GUIDANCE', 'Advice and guidance'],
];

/** The sector assessment's standard themes (the bank uses the same taxonomy). */
export const THEMES = ['housing', 'health', 'education', 'employment', 'esol', 'destitution', 'hate crime', 'immigration status', 'cohesion'];
export const themeLabel = (theme: string) => (theme === 'esol' ? 'ESOL' : theme.charAt(0).toUpperCase() + theme.slice(1));

export const VISIBILITY: [string, string, string][] = [
  ['PUBLIC', 'Public', 'On the public knowledge bank page: anyone can find it, no sign-in.'],
  ['PARTNERSHIP', 'Partnership', 'Everyone signed in to the partnership.'],
  ['GROUP', 'One group', 'Only the group’s members (and coordinators).'],
];

export const typeLabel = (type: string) => TYPES.find(([t]) => t === type)?.[1] ?? type;
