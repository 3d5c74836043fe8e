/**
 * Chatwoot versions: which real server the fake emulates and the checker expects.
 *
 * Chatwoot's serialisers gained keys release by release (docs/versions.md has the evidence). The spec
 * records, per property, the first version that sends it (`x-since`) and the first that no longer does
 * (`x-before`); this
 * module parses versions and names the profiles the project documents and tests. Any version ≥ 3.0 can
 * be asked for: the annotations decide each key, the profiles are the tested points.
 */

/** A release as [major, minor, patch]. */
export type Version = readonly [number, number, number];

export interface Profile {
  /** The name users pass (`--chatwoot-version 3.16`). */
  name: string;
  /** The version it stands for (what GET /api answers). */
  version: string;
  describes: string;
}

/** The documented, tested profiles, oldest first; the last is the default. */
export const PROFILES: readonly Profile[] = [
  {
    name: '3.16',
    version: '3.16.0',
    describes: 'the last 3.x release line (self-hosted 3.x, Jul 2023 – Dec 2024)',
  },
  { name: '4.0', version: '4.0.0', describes: 'early 4.x (Jan – Apr 2025): 3.16 serialisers, new UI' },
  {
    name: '4.15',
    version: '4.15.1',
    describes: 'the newest 4.x (4.8 – 4.15, Dec 2025 – 2026) and Chatwoot Cloud (enterprise keys on)',
  },
];

export const NEWEST: Profile = PROFILES[PROFILES.length - 1];

/** The oldest version the annotations describe; older servers (2.x) lack keys nobody annotated. */
export const OLDEST_SUPPORTED: Version = [3, 0, 0];

const VERSION_TEXT = /^v?(\d{1,3})(?:\.(\d{1,3}))?(?:\.(\d{1,3}))?(?:[-+][0-9A-Za-z.+-]*)?$/;

/** "4.1.0", "v3.13", "4", "4.10.0-fazer-ai.16" → [4,1,0] …; undefined when it is not a version. */
export function parseVersion(text: string): Version | undefined {
  const m = VERSION_TEXT.exec(text.trim());
  if (!m) return undefined;
  return [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)];
}

export function compareVersions(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

export const formatVersion = (v: Version): string => v.join('.');

/** What a user asked for, resolved: a profile name, `latest`, or any version from 3.0 on. */
export interface ChatwootVersion {
  /** The version as GET /api renders it. */
  text: string;
  version: Version;
  /** The profile of that name, when one was named. */
  profile?: Profile;
  /** The newest profile (the fake renders its newest shapes unchanged). */
  newest: boolean;
}

export class VersionError extends Error {}

/**
 * Resolves `--chatwoot-version` / `chatwootVersion`: a profile name (`3.16`, `4.0`, `4.15`), `latest`,
 * or a version such as `3.13.0`. Throws a VersionError that names what is accepted.
 */
export function resolveVersion(input: string | undefined): ChatwootVersion {
  const text = (input ?? 'latest').trim();
  if (text === '' || text === 'latest' || text === 'newest') return fromProfile(NEWEST);
  const profile = PROFILES.find((p) => p.name === text || p.version === text || `v${p.name}` === text);
  if (profile) return fromProfile(profile);
  const version = parseVersion(text);
  if (!version) {
    throw new VersionError(
      `"${text}" is not a Chatwoot version: give a version such as 3.13.0 or 4.1, or a profile (${PROFILES.map((p) => p.name).join(', ')}, latest)`,
    );
  }
  if (compareVersions(version, OLDEST_SUPPORTED) < 0) {
    throw new VersionError(
      `Chatwoot ${formatVersion(version)} is older than the oldest version described (3.0.0)`,
    );
  }
  const newestVersion = parseVersion(NEWEST.version)!;
  // Newer than the newest described: rendered as the newest (what it adds is not known yet).
  const newest = compareVersions(version, newestVersion) >= 0;
  return { text: formatVersion(version), version, newest };
}

function fromProfile(profile: Profile): ChatwootVersion {
  const version = parseVersion(profile.version)!;
  return { text: profile.version, version, profile, newest: profile === NEWEST };
}

/** Whether a key annotated `x-since`/`x-before` is sent by `version`. */
export function sends(version: Version, since?: string, before?: string): boolean {
  if (since !== undefined && compareVersions(version, parseVersion(since)!) < 0) return false;
  if (before !== undefined && compareVersions(version, parseVersion(before)!) >= 0) return false;
  return true;
}
