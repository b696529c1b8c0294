/**
 * Submission folders of an LMS export (issue 26, item 2). Moodle's "Download all submissions" puts each
 * student's files in a folder the LMS names, `Full Name_123_assignsubmission_file_` (`123` is the
 * participant id), and keeps the file names the student chose. Such a folder's name is the only part of
 * the path the student cannot choose: a file named `s0001.json` inside another student's folder once
 * replaced s0001's grade. The folder binds its files to a roster student through the roster's `lms`
 * column (the participant id) or the student's name; a file name inside it binds nothing.
 */
import { basename, dirname } from 'node:path';

/** Moodle's folder name: `<full name>_<participant id>_assignsubmission_<plugin>_`. */
const MOODLE_FOLDER = /^(.+)_(\d{1,12})_assign(?:submission|feedback)_[a-z]+_?$/;
/** How many folders above a file are searched for an LMS folder (a zip unpacked inside one adds levels). */
const MAX_DEPTH = 3;

/** An LMS folder a file sits in. */
export interface LmsFolder {
  /** The folder's name as the LMS wrote it. */
  folder: string;
  /** The student's full name in it. */
  name: string;
  /** The LMS's participant id in it. */
  participant: string;
}

/** The LMS folder `file` sits in (its own folder or up to two above), or null. */
export function lmsFolderOf(file: string): LmsFolder | null {
  let dir = dirname(file);
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const folder = basename(dir);
    const match = MOODLE_FOLDER.exec(folder);
    if (match) return { folder, name: match[1], participant: match[2] };
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return null;
}

/** A name as compared with an LMS folder's: NFC, spaces collapsed, case folded. */
export function comparableName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The participant id in a roster `lms` value: `123`, or Moodle's worksheet form `Participant 123`. */
export function participantId(value: string): string {
  return /(\d{1,12})\s*$/.exec(value.trim())?.[1] ?? '';
}

/** Roster students by LMS participant id and by name (a name two students share maps to no one). */
export interface LmsIndex {
  byParticipant: ReadonlyMap<string, string>;
  byName: ReadonlyMap<string, string | null>;
}

/** Builds the index from roster rows (`studentId`, `name`, `lms`). */
export function lmsIndex(rows: ReadonlyArray<{ studentId: string; name: string; lms?: string }>): LmsIndex {
  const byParticipant = new Map<string, string>();
  const byName = new Map<string, string | null>();
  for (const row of rows) {
    const participant = participantId(row.lms ?? '');
    if (participant) byParticipant.set(participant, row.studentId);
    const name = comparableName(row.name);
    if (name) byName.set(name, byName.has(name) ? null : row.studentId);
  }
  return { byParticipant, byName };
}

/** The roster student an LMS folder belongs to: by its participant id, else by a name only one student has; '' when none. */
export function lmsOwner(folder: LmsFolder, index: LmsIndex | null): string {
  if (!index) return '';
  return index.byParticipant.get(folder.participant) ?? index.byName.get(comparableName(folder.name)) ?? '';
}
