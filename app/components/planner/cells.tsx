// Small cells the planner tables share.

/** A figure with its P10–P90 underneath. */
export function RangeCell({ value, lo, hi }: { value: string; lo: string; hi: string }) {
  return (
    <>
      {value}
      <div className="small muted">
        {lo} – {hi}
      </div>
    </>
  );
}
