/** Grouping and wording for the routes a family can take when not happy (HelpRoutes.astro). */
import type { HelpRouteData, HelpRouteKind } from '../content/schemas.ts';
import type { GuidanceChoice } from '../settings/schema.ts';

/** The mark on every route: it comes from beyond the five sources, and when it was checked. */
export const BEYOND_SOURCES = 'This is not from the guidance this site explains. We checked it on';
/** The same mark for a group of routes all checked on one day. */
export const BEYOND_SOURCES_ALL = 'These are not from the guidance this site explains. We checked each one on';

const HEADINGS = { england: 'In England', scotland: 'In Scotland', both: 'Anywhere in the UK' } as const;
type Place = keyof typeof HEADINGS;

export interface RouteGroup {
  place: Place;
  heading: string;
  routes: HelpRouteData[];
  /** The day every route in the group was checked, when they share one. */
  checkedOn?: Date;
}

/**
 * The routes of the given kinds, grouped by place: the site's own country first (Scotland when the
 * default guidance is Scotland's, else England), then the other, then the whole UK. Within a group,
 * routes follow the order of `kinds`, then the data file's order. Empty groups are left out.
 */
export function routeGroups(routes: readonly HelpRouteData[], kinds: readonly HelpRouteKind[], defaultGuidance?: GuidanceChoice): RouteGroup[] {
  const order: Place[] = defaultGuidance === 'scotland' ? ['scotland', 'england', 'both'] : ['england', 'scotland', 'both'];
  return order
    .map((place) => ({
      place,
      heading: HEADINGS[place],
      routes: routes
        .map((r, i) => ({ r, i }))
        .filter(({ r }) => r.jurisdiction === place && kinds.includes(r.kind))
        .sort((a, b) => kinds.indexOf(a.r.kind) - kinds.indexOf(b.r.kind) || a.i - b.i)
        .map(({ r }) => r),
    }))
    .filter((g) => g.routes.length > 0)
    .map((g) => {
      const days = new Set(g.routes.map((r) => r.checkedOn.getTime()));
      return days.size === 1 ? { ...g, checkedOn: g.routes[0].checkedOn } : g;
    });
}
