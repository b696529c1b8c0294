/**
 * Hints measured here not to work when pasted, each with why, until they are fixed (a fixed one fails this
 * test until it is taken off the list, so the list only shrinks). Keys: `exercise check`.
 */
export const NOT_YET_PASTEABLE: Readonly<Record<string, string>> = {
  // Dockerfile exercises of 2.4 (added 2026-12-06): a Dockerfile is fixed by editing it, which no docker command does
  '2.4.3/dockerignore added': "a pasted hint carries no build context: its docker build needs the exercise's Dockerfile, test.html and .dockerignore in the current folder, which the learner fixes by editing a file, not with a docker command",
  '2.4.3/dockerignore ignored': "a pasted hint carries no build context: its docker build needs the exercise's Dockerfile, test.html, test2.html and .dockerignore in the current folder, which the learner fixes by editing a file, not with a docker command",
  '2.4.4/volume image-volume': "a pasted hint carries no build context: its docker build needs the exercise's Dockerfile (its VOLUME line) in the current folder, which the learner fixes by editing a file, not with a docker command",
};
