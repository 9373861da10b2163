import { registerEnumType } from '@nestjs/graphql';
import { ASSESSMENT_THEMES } from '@convene/groups';

export enum ResourceType {
  REPORT = 'REPORT',
  BRIEFING = 'BRIEFING',
  INFOGRAPHIC = 'INFOGRAPHIC',
  TOOLKIT = 'TOOLKIT',
  GUIDANCE = 'GUIDANCE',
  DATASET = 'DATASET',
  VIDEO = 'VIDEO',
  WEB_PAGE = 'WEB_PAGE',
}
registerEnumType(ResourceType, { name: 'ResourceType' });

export enum PolicyArea {
  HOUSING = 'HOUSING',
  COMPULSORY_EDUCATION = 'COMPULSORY_EDUCATION',
  HEALTH = 'HEALTH',
  EMPLOYMENT = 'EMPLOYMENT',
  ADULT_EDUCATION = 'ADULT_EDUCATION',
  COMMUNITY_COHESION = 'COMMUNITY_COHESION',
  MEDIA_INFORMATION = 'MEDIA_INFORMATION',
  ADVICE_GUIDANCE = 'ADVICE_GUIDANCE',
}
registerEnumType(PolicyArea, { name: 'PolicyArea' });

export enum ResourceVisibility {
  /** On the public bank page, no sign-in. */
  PUBLIC = 'PUBLIC',
  /** Everyone signed in to the partnership. */
  PARTNERSHIP = 'PARTNERSHIP',
  /** One group's members (and coordinators). */
  GROUP = 'GROUP',
}
registerEnumType(ResourceVisibility, { name: 'ResourceVisibility' });

export enum ResourceSort {
  RELEVANCE = 'RELEVANCE',
  NEWEST = 'NEWEST',
  TITLE = 'TITLE',
}
registerEnumType(ResourceSort, { name: 'ResourceSort' });

/** Themes are the sector assessment's standard themes, so the bank and the assessment line up. */
export const BANK_THEMES: readonly string[] = ASSESSMENT_THEMES;

export const TYPE_LABELS: Record<ResourceType, string> = {
  REPORT: 'Report',
  BRIEFING: 'Briefing',
  INFOGRAPHIC: 'Infographic',
  TOOLKIT: 'Toolkit',
  GUIDANCE: 'Guidance',
  DATASET: 'Dataset',
  VIDEO: 'Video',
  WEB_PAGE: 'Web page',
};

export const POLICY_AREA_LABELS: Record<PolicyArea, string> = {
  HOUSING: 'Housing',
  COMPULSORY_EDUCATION: 'Compulsory education',
  HEALTH: 'Health',
  EMPLOYMENT: 'Employment',
  ADULT_EDUCATION: 'Adult education and training',
  COMMUNITY_COHESION: 'Community cohesion',
  MEDIA_INFORMATION: 'Media and information',
  ADVICE_GUIDANCE: 'Advice and guidance',
};

const THEME_WORDS: Record<string, string> = { esol: 'ESOL' };
export const themeLabel = (theme: string) => THEME_WORDS[theme] ?? theme.charAt(0).toUpperCase() + theme.slice(1);

const languages = new Intl.DisplayNames(['en-GB'], { type: 'language' });
/** "cy" → "Welsh"; an unknown code stays as it is. */
export const languageLabel = (code: string) => {
  try {
    return languages.of(code) ?? code;
  } catch {
    return code;
  }
};
