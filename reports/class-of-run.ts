/** One run seen as a class of one student, so class formats (the gradebook CSV) render a single run too. */
import type { ClassResult } from '../grader/model/class-schema.js';
import type { RunResult } from '../grader/model/result-schema.js';

/** Wraps a RunResult as a ClassResult with one graded row. */
export function classOfRun(run: RunResult): ClassResult {
  return {
    kind: 'dockgrade.class',
    version: 1,
    tool: run.tool,
    gradedAt: run.finishedAt,
    title: '',
    exercises: run.exercises.map((e) => ({
      id: e.id,
      section: e.section,
      title: e.title,
      maxPoints: e.maxPoints,
      checks: e.checks.map((c) => ({ id: c.id, title: c.title, maxPoints: c.maxPoints })),
    })),
    students: [
      {
        studentId: run.student ?? run.prefix.replace(/-$/, ''),
        name: '',
        email: '',
        status: 'graded',
        reason: '',
        source: run.source.location,
        onRoster: true,
        points: run.totals.points,
        maxPoints: run.totals.maxPoints,
        result: run,
        integrity: [],
      },
    ],
    shard: null,
  };
}
