// A translated sentence with data inside it (a workspace's name, creators' names): each piece of
// data is marked as such (`<bdi data-value translate="no">`), so it reads right in a
// right-to-left neighbour, a browser's translator leaves it alone, and the browser test does not
// count it as interface text.
import type { ReactNode } from "react";

export function DataText({ text, data }: { text: string; data: readonly (string | null | undefined)[] }) {
  const values = [...new Set(data.filter((d): d is string => !!d))].sort((a, b) => b.length - a.length);
  if (!values.length) return <>{text}</>;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const parts = text.split(new RegExp(`(${values.map(escape).join("|")})`));
  const out: ReactNode[] = parts.map((p, i) =>
    values.includes(p) ? (
      <bdi key={i} data-value translate="no">
        {p}
      </bdi>
    ) : (
      p
    ),
  );
  return <>{out}</>;
}

/** A piece of data shown inside interface text. */
export function Value({ children }: { children: ReactNode }) {
  return (
    <bdi data-value translate="no">
      {children}
    </bdi>
  );
}
