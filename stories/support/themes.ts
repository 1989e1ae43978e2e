/**
 * The theme switcher's choices. "Practice default" is the demo practice's own branding from the
 * session; the others are merged on top of it the way a host's `theme` property would be. The
 * fictional brands go through `brandingToTheme`, exactly as an organisation's branding does.
 */
import { brandingToTheme, type PorticoTheme } from '@portico/elements';

export interface StoryTheme {
  /** Toolbar label. */
  title: string;
  /** What the provider's or portal's `theme` property gets. */
  theme: PorticoTheme | undefined;
  /** Page background and text behind the story, so a dark theme is not checked on white. */
  canvas: { background: string; color: string };
}

const light = { background: '#ffffff', color: '#1a1d23' };

export const STORY_THEMES = {
  practice: { title: 'Practice default', theme: undefined, canvas: light },
  dark: {
    title: 'Dark',
    // The practice's primary is a light-mode colour; a dark theme picks a lighter one so links
    // and ghost buttons stay readable on the dark surface (on-primary is chosen for contrast).
    theme: { colorScheme: 'dark', tokens: { 'color-primary': '#8cc8de', 'color-accent': '#f3b27c' } },
    canvas: { background: '#15181d', color: '#eef0f3' },
  },
  contrast: {
    title: 'High contrast (forced-colours simulation)',
    theme: {
      colorScheme: 'light',
      tokens: {
        'color-primary': '#000000',
        'color-on-primary': '#ffffff',
        'color-accent': '#000000',
        'color-surface': '#ffffff',
        'color-surface-alt': '#ffffff',
        'color-text': '#000000',
        'color-muted': '#000000',
        'color-border': '#000000',
        'color-border-strong': '#000000',
        'color-danger': '#9b0000',
        'color-success': '#004d1a',
        'color-warning': '#5c3a00',
        'color-focus': '#0000ee',
        'color-skeleton': '#767676',
        'focus-width': '3px',
        'elevation-1': 'none',
        'elevation-2': 'none',
      },
    },
    canvas: light,
  },
  lakeside: {
    title: 'Brand: Lakeside Family Counselling (teal)',
    theme: brandingToTheme({ logoUrl: null, primaryColor: '#0f766e', accentColor: '#b45309', radius: 'medium' }),
    canvas: light,
  },
  plum: {
    title: 'Brand: Plum Tree Psychology (serif, round)',
    theme: brandingToTheme({
      logoUrl: null,
      primaryColor: '#6d2e63',
      accentColor: '#2f6d4f',
      fontFamily: 'Georgia, "Iowan Old Style", "Times New Roman", serif',
      radius: 'large',
    }),
    canvas: light,
  },
  northgate: {
    title: 'Brand: Northgate Clinic (compact)',
    theme: brandingToTheme({
      logoUrl: null,
      primaryColor: '#1e3a8a',
      fontFamily: '"Segoe UI", Roboto, Arial, sans-serif',
      radius: 'small',
      density: 'compact',
    }),
    canvas: light,
  },
} satisfies Record<string, StoryTheme>;

export type StoryThemeName = keyof typeof STORY_THEMES;

export function storyTheme(name: unknown): StoryTheme {
  return typeof name === 'string' && name in STORY_THEMES ? STORY_THEMES[name as StoryThemeName] : STORY_THEMES.practice;
}
