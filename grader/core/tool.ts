/** The tool's name and version, recorded in every snapshot and result. Kept in step with package.json by a test. */
export const TOOL = { name: 'dockgrade', version: '0.1.0' } as const;
