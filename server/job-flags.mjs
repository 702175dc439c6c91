// Node's flags for the job processes the server starts (`factloop job run`, `factloop job resume`):
// imports and re-derivations. One definition, so the import benchmark measures the process the
// server really starts.
//
// A young generation of 4 MB semi-spaces instead of Node's 16 MB: an import's rows pass through it
// by the million and almost all die young. With the default, V8 let the heap grow to 100–115 MB
// with 24 MB live (a forced collection every 3 s found 24–25 MB), and a 1M-row import peaked at
// 283–300 MB RSS; with 4 MB it peaked at 263–270 MB, with no difference in time that the VM's
// noise did not cover (docs/import.md, "Performance").
export const JOB_NODE_FLAGS = Object.freeze(["--max-semi-space-size=4"]);
