/**
 * The time-zone choices (#10): Intl's ~400 IANA names grouped by region, each named the way
 * people say it ("Chicago — Central Time"), with the zones most clients use first.
 */
import { msg } from '@lit/localize';

export interface ZoneOption {
  /** The IANA name, the value stored. */
  id: string;
  label: string;
}

export interface ZoneGroup {
  label: string;
  zones: ZoneOption[];
}

/** Offered first: the practice's usual clients (the US) and the portal's languages' homes. */
const COMMON = [
  'America/New_York', 'America/Chicago', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles',
  'America/Anchorage', 'Pacific/Honolulu', 'America/Puerto_Rico', 'America/Mexico_City', 'Europe/London', 'Europe/Madrid',
];

function regionLabel(area: string): string {
  switch (area) {
    case 'America': return msg('Americas');
    case 'Europe': return msg('Europe');
    case 'Asia': return msg('Asia');
    case 'Africa': return msg('Africa');
    case 'Australia': return msg('Australia');
    case 'Pacific': return msg('Pacific');
    case 'Atlantic': return msg('Atlantic');
    case 'Indian': return msg('Indian Ocean');
    case 'Antarctica': return msg('Antarctica');
    default: return msg('Other');
  }
}

const cache = new Map<string, ZoneGroup[]>();

/** "Chicago — Central Time": the place from the IANA name, the zone's long generic name. */
function zoneLabel(id: string, locale: string): string {
  const place = (id.split('/').pop() ?? id).replaceAll('_', ' ');
  let name: string | undefined;
  try {
    name = new Intl.DateTimeFormat(locale, { timeZone: id, timeZoneName: 'longGeneric' })
      .formatToParts(new Date())
      .find((p) => p.type === 'timeZoneName')?.value;
  } catch {
    name = undefined;
  }
  return name && name !== place ? `${place} — ${name}` : place;
}

/** The zones Intl knows (plus `current` if it does not), grouped, common ones first. */
export function timeZoneGroups(current: string, locale: string): ZoneGroup[] {
  const key = `${locale}|${current}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const known = all.includes(current) || !current ? all : [current, ...all];
  const common = COMMON.filter((id) => known.includes(id));
  const byRegion = new Map<string, ZoneOption[]>();
  for (const id of known) {
    if (common.includes(id)) continue;
    const label = regionLabel(id.includes('/') ? id.split('/')[0]! : '');
    byRegion.set(label, [...(byRegion.get(label) ?? []), { id, label: zoneLabel(id, locale) }]);
  }
  const collator = new Intl.Collator(locale);
  const groups: ZoneGroup[] = [
    { label: msg('Common time zones'), zones: common.map((id) => ({ id, label: zoneLabel(id, locale) })) },
    ...[...byRegion.entries()]
      .sort(([a], [b]) => collator.compare(a, b))
      .map(([label, zones]) => ({ label, zones: zones.sort((a, b) => collator.compare(a.label, b.label)) })),
  ];
  cache.set(key, groups);
  return groups;
}
