// Size limits of the editor side (the CLI has its own: it reads files up to 50 MB).

/**
 * Documents longer than this (UTF-16 code units, ≈ 2–6 MB) are not checked in the editor. Drafts
 * are 5–15 KB; checking costs ≈ 0.8 s and up to ≈ 200 MB of memory per MB of text per version
 * (bench/RESULTS.md), so a pasted 20 MB file would hold the server at ≈ 3 GB and could exhaust
 * Node's heap on a smaller machine. The command line still checks such files (up to 50 MB).
 */
export const MAX_EDITOR_CHARS = 2 * 1024 * 1024;
