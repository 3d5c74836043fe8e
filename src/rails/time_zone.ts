/**
 * ActiveSupport::TimeZone: the 151 friendly zone names Rails knows (ActiveSupport::TimeZone::MAPPING)
 * over the IANA database that Node's Intl carries, and wall-clock arithmetic in a zone with its
 * daylight saving rules (what groupdate does with `time_zone:`).
 *
 * `utc_offset` is TZInfo's base offset of the current period (standard time); it is read here as the
 * smaller of the zone's offsets on 1 January and 1 July of the current year, which is the standard
 * offset of every zone of the list with daylight saving the usual way round.
 */

/** [Rails name, IANA identifier], in MAPPING's order. */
const MAPPING: readonly (readonly [string, string])[] = [
  ['International Date Line West', 'Etc/GMT+12'],
  ['Midway Island', 'Pacific/Midway'],
  ['American Samoa', 'Pacific/Pago_Pago'],
  ['Hawaii', 'Pacific/Honolulu'],
  ['Alaska', 'America/Juneau'],
  ['Pacific Time (US & Canada)', 'America/Los_Angeles'],
  ['Tijuana', 'America/Tijuana'],
  ['Mountain Time (US & Canada)', 'America/Denver'],
  ['Arizona', 'America/Phoenix'],
  ['Chihuahua', 'America/Chihuahua'],
  ['Mazatlan', 'America/Mazatlan'],
  ['Central Time (US & Canada)', 'America/Chicago'],
  ['Saskatchewan', 'America/Regina'],
  ['Guadalajara', 'America/Mexico_City'],
  ['Mexico City', 'America/Mexico_City'],
  ['Monterrey', 'America/Monterrey'],
  ['Central America', 'America/Guatemala'],
  ['Eastern Time (US & Canada)', 'America/New_York'],
  ['Indiana (East)', 'America/Indiana/Indianapolis'],
  ['Bogota', 'America/Bogota'],
  ['Lima', 'America/Lima'],
  ['Quito', 'America/Lima'],
  ['Atlantic Time (Canada)', 'America/Halifax'],
  ['Caracas', 'America/Caracas'],
  ['La Paz', 'America/La_Paz'],
  ['Santiago', 'America/Santiago'],
  ['Newfoundland', 'America/St_Johns'],
  ['Brasilia', 'America/Sao_Paulo'],
  ['Buenos Aires', 'America/Argentina/Buenos_Aires'],
  ['Montevideo', 'America/Montevideo'],
  ['Georgetown', 'America/Guyana'],
  ['Puerto Rico', 'America/Puerto_Rico'],
  ['Greenland', 'America/Godthab'],
  ['Mid-Atlantic', 'Atlantic/South_Georgia'],
  ['Azores', 'Atlantic/Azores'],
  ['Cape Verde Is.', 'Atlantic/Cape_Verde'],
  ['Dublin', 'Europe/Dublin'],
  ['Edinburgh', 'Europe/London'],
  ['Lisbon', 'Europe/Lisbon'],
  ['London', 'Europe/London'],
  ['Casablanca', 'Africa/Casablanca'],
  ['Monrovia', 'Africa/Monrovia'],
  ['UTC', 'Etc/UTC'],
  ['Belgrade', 'Europe/Belgrade'],
  ['Bratislava', 'Europe/Bratislava'],
  ['Budapest', 'Europe/Budapest'],
  ['Ljubljana', 'Europe/Ljubljana'],
  ['Prague', 'Europe/Prague'],
  ['Sarajevo', 'Europe/Sarajevo'],
  ['Skopje', 'Europe/Skopje'],
  ['Warsaw', 'Europe/Warsaw'],
  ['Zagreb', 'Europe/Zagreb'],
  ['Brussels', 'Europe/Brussels'],
  ['Copenhagen', 'Europe/Copenhagen'],
  ['Madrid', 'Europe/Madrid'],
  ['Paris', 'Europe/Paris'],
  ['Amsterdam', 'Europe/Amsterdam'],
  ['Berlin', 'Europe/Berlin'],
  ['Bern', 'Europe/Zurich'],
  ['Zurich', 'Europe/Zurich'],
  ['Rome', 'Europe/Rome'],
  ['Stockholm', 'Europe/Stockholm'],
  ['Vienna', 'Europe/Vienna'],
  ['West Central Africa', 'Africa/Algiers'],
  ['Bucharest', 'Europe/Bucharest'],
  ['Cairo', 'Africa/Cairo'],
  ['Helsinki', 'Europe/Helsinki'],
  ['Kyiv', 'Europe/Kiev'],
  ['Riga', 'Europe/Riga'],
  ['Sofia', 'Europe/Sofia'],
  ['Tallinn', 'Europe/Tallinn'],
  ['Vilnius', 'Europe/Vilnius'],
  ['Athens', 'Europe/Athens'],
  ['Istanbul', 'Europe/Istanbul'],
  ['Minsk', 'Europe/Minsk'],
  ['Jerusalem', 'Asia/Jerusalem'],
  ['Harare', 'Africa/Harare'],
  ['Pretoria', 'Africa/Johannesburg'],
  ['Kaliningrad', 'Europe/Kaliningrad'],
  ['Moscow', 'Europe/Moscow'],
  ['St. Petersburg', 'Europe/Moscow'],
  ['Volgograd', 'Europe/Volgograd'],
  ['Samara', 'Europe/Samara'],
  ['Kuwait', 'Asia/Kuwait'],
  ['Riyadh', 'Asia/Riyadh'],
  ['Nairobi', 'Africa/Nairobi'],
  ['Baghdad', 'Asia/Baghdad'],
  ['Tehran', 'Asia/Tehran'],
  ['Abu Dhabi', 'Asia/Muscat'],
  ['Muscat', 'Asia/Muscat'],
  ['Baku', 'Asia/Baku'],
  ['Tbilisi', 'Asia/Tbilisi'],
  ['Yerevan', 'Asia/Yerevan'],
  ['Kabul', 'Asia/Kabul'],
  ['Ekaterinburg', 'Asia/Yekaterinburg'],
  ['Islamabad', 'Asia/Karachi'],
  ['Karachi', 'Asia/Karachi'],
  ['Tashkent', 'Asia/Tashkent'],
  ['Chennai', 'Asia/Kolkata'],
  ['Kolkata', 'Asia/Kolkata'],
  ['Mumbai', 'Asia/Kolkata'],
  ['New Delhi', 'Asia/Kolkata'],
  ['Kathmandu', 'Asia/Kathmandu'],
  ['Astana', 'Asia/Dhaka'],
  ['Dhaka', 'Asia/Dhaka'],
  ['Sri Jayawardenepura', 'Asia/Colombo'],
  ['Almaty', 'Asia/Almaty'],
  ['Novosibirsk', 'Asia/Novosibirsk'],
  ['Rangoon', 'Asia/Rangoon'],
  ['Bangkok', 'Asia/Bangkok'],
  ['Hanoi', 'Asia/Bangkok'],
  ['Jakarta', 'Asia/Jakarta'],
  ['Krasnoyarsk', 'Asia/Krasnoyarsk'],
  ['Beijing', 'Asia/Shanghai'],
  ['Chongqing', 'Asia/Chongqing'],
  ['Hong Kong', 'Asia/Hong_Kong'],
  ['Urumqi', 'Asia/Urumqi'],
  ['Kuala Lumpur', 'Asia/Kuala_Lumpur'],
  ['Singapore', 'Asia/Singapore'],
  ['Taipei', 'Asia/Taipei'],
  ['Perth', 'Australia/Perth'],
  ['Irkutsk', 'Asia/Irkutsk'],
  ['Ulaanbaatar', 'Asia/Ulaanbaatar'],
  ['Seoul', 'Asia/Seoul'],
  ['Osaka', 'Asia/Tokyo'],
  ['Sapporo', 'Asia/Tokyo'],
  ['Tokyo', 'Asia/Tokyo'],
  ['Yakutsk', 'Asia/Yakutsk'],
  ['Darwin', 'Australia/Darwin'],
  ['Adelaide', 'Australia/Adelaide'],
  ['Canberra', 'Australia/Melbourne'],
  ['Melbourne', 'Australia/Melbourne'],
  ['Sydney', 'Australia/Sydney'],
  ['Brisbane', 'Australia/Brisbane'],
  ['Hobart', 'Australia/Hobart'],
  ['Vladivostok', 'Asia/Vladivostok'],
  ['Guam', 'Pacific/Guam'],
  ['Port Moresby', 'Pacific/Port_Moresby'],
  ['Magadan', 'Asia/Magadan'],
  ['Srednekolymsk', 'Asia/Srednekolymsk'],
  ['Solomon Is.', 'Pacific/Guadalcanal'],
  ['New Caledonia', 'Pacific/Noumea'],
  ['Fiji', 'Pacific/Fiji'],
  ['Kamchatka', 'Asia/Kamchatka'],
  ['Marshall Is.', 'Pacific/Majuro'],
  ['Auckland', 'Pacific/Auckland'],
  ['Wellington', 'Pacific/Auckland'],
  ["Nuku'alofa", 'Pacific/Tongatapu'],
  ['Tokelau Is.', 'Pacific/Fakaofo'],
  ['Chatham Is.', 'Pacific/Chatham'],
  ['Samoa', 'Pacific/Apia'],
];

const HOUR_MS = 3_600_000;

/** A zone of ActiveSupport::TimeZone.all: its Rails name and IANA identifier. */
export interface TimeZone {
  name: string;
  iana: string;
}

/** Formatters by the identifier asked for (only known ones; emptied past FORMATTERS_KEPT: bounded). */
const formatters = new Map<string, Intl.DateTimeFormat>();
const FORMATTERS_KEPT = 1000;

/** A formatter of wall-clock parts in the IANA zone `iana`; undefined when Intl does not know it. */
function formatterFor(iana: string): Intl.DateTimeFormat | undefined {
  let formatter = formatters.get(iana);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone: iana,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      return undefined;
    }
    if (formatters.size >= FORMATTERS_KEPT) formatters.clear();
    formatters.set(iana, formatter);
  }
  return formatter;
}

/** TZInfo::Timezone.all_identifiers includes `name`, as far as the runtime's ICU knows them. */
export const isIanaZone = (name: string): boolean => formatterFor(name) !== undefined;

/** The UTC offset in ms at an instant of the IANA zone `iana` (daylight saving included); 0 when unknown. */
export function ianaOffsetAt(iana: string, at: number): number {
  const formatter = iana === 'Etc/UTC' ? undefined : formatterFor(iana);
  if (!formatter) return 0;
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(at)) parts[part.type] = Number(part.value);
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return wall - Math.floor(at / 1000) * 1000;
}

/** The zone's UTC offset in ms at an instant (daylight saving included). */
export function offsetAt(zone: TimeZone, at: number): number {
  return ianaOffsetAt(zone.iana, at);
}

/** TimeZone#utc_offset in seconds: the standard (base) offset in the year of `now`. */
function baseOffsetSeconds(zone: TimeZone, now: number): number {
  const year = new Date(now).getUTCFullYear();
  const january = offsetAt(zone, Date.UTC(year, 0, 1));
  const july = offsetAt(zone, Date.UTC(year, 6, 1));
  return Math.min(january, july) / 1000;
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const sortedByYear = new Map<number, TimeZone[]>();

/** ActiveSupport::TimeZone.all: every zone, ordered by utc_offset, then name (computed once a year). */
export function allZones(now: number): TimeZone[] {
  const year = new Date(now).getUTCFullYear();
  let zones = sortedByYear.get(year);
  if (!zones) {
    zones = MAPPING.map(([name, iana]) => ({ name, iana, base: baseOffsetSeconds({ name, iana }, now) }))
      .sort((a, b) => a.base - b.base || byName(a.name, b.name))
      .map(({ name, iana }) => ({ name, iana }));
    if (sortedByYear.size > 16) sortedByYear.clear();
    sortedByYear.set(year, zones);
  }
  return zones;
}

/**
 * ActiveSupport::TimeZone[number]: hours (|n| ≤ 13) or seconds; the first zone of `all` whose
 * utc_offset is that many (whole) seconds, or null.
 */
export function zoneForOffset(offset: number, now: number): TimeZone | null {
  const seconds = Math.trunc(Math.abs(offset) <= 13 ? offset * 3600 : offset);
  return allZones(now).find((zone) => baseOffsetSeconds(zone, now) === seconds) ?? null;
}

/**
 * ActiveSupport::TimeZone[string]: a Rails zone name, or any identifier TZInfo knows (read through
 * Intl here); null for anything else ("5.5", "").
 */
export function zoneNamed(name: string): TimeZone | null {
  const mapped = MAPPING.find(([railsName]) => railsName === name);
  if (mapped) return { name, iana: mapped[1] };
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name)) return null;
  return isIanaZone(name) ? { name, iana: name } : null;
}

/** TimeZone#to_s: "(GMT+05:30) Chennai". */
export function zoneToS(zone: TimeZone, now: number): string {
  const seconds = baseOffsetSeconds(zone, now);
  const sign = seconds < 0 ? '-' : '+';
  const hours = Math.floor(Math.abs(seconds) / 3600);
  const minutes = Math.floor((Math.abs(seconds) % 3600) / 60);
  return `(GMT${sign}${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}) ${zone.name}`;
}

/** The wall-clock time of an instant in the zone, as epoch ms of the same reading in UTC. */
export const toWall = (zone: TimeZone, at: number): number => at + offsetAt(zone, at);

/**
 * The instant a wall-clock reading names in the zone (TimeZone#local): in a gap the reading is moved
 * forward by the gap, in an overlap the earlier instant is taken, as TZInfo does for Rails.
 */
export function fromWall(zone: TimeZone, wall: number): number {
  const before = offsetAt(zone, wall - 2 * 12 * HOUR_MS);
  const after = offsetAt(zone, wall + 2 * 12 * HOUR_MS);
  // Try the offset before a nearby transition first (the earlier instant of an overlap).
  for (const offset of [before, after]) {
    const at = wall - offset;
    if (offsetAt(zone, at) === offset) return at;
  }
  // A gap (spring forward): the reading does not exist; take it with the offset before the gap.
  return wall - before;
}
