import { SnapshotFileSchema, SNAPSHOT_KIND, SNAPSHOT_VERSION, type Snapshot } from '../model/snapshot-schema.js';
import { inputLabel, parseVersioned, readJsonFile } from './input-file.js';

/** Reads and validates a snapshot file (`-`: standard input; an older version migrated first); InputError (exit 2) on anything wrong. */
export function readSnapshotFile(file: string): Snapshot {
  return parseVersioned(inputLabel(file), readJsonFile(file), SnapshotFileSchema, SNAPSHOT_KIND, SNAPSHOT_VERSION);
}
