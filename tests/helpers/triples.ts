// The keys of a message tree whose entry is not three non-empty texts ([en, zh-CN, ja]).
import type { TripleTree } from "../../app/domain/message";

export function incompleteTriples(tree: TripleTree, at = ""): string[] {
  const bad: string[] = [];
  for (const [k, v] of Object.entries(tree)) {
    if (Array.isArray(v)) {
      if (v.length !== 3 || v.some((x) => typeof x !== "string" || x.trim() === "")) bad.push(`${at}${k}`);
    } else bad.push(...incompleteTriples(v as TripleTree, `${at}${k}.`));
  }
  return bad;
}
