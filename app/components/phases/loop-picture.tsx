// The Infinity loop as a picture: the six phases on a circle, sized by volume, with each step's
// conversion on the arrow between them and the loop's return from Sharing to Exploration.
import { useTranslation } from "react-i18next";
import { useFormat } from "../use-format";
import type { LoopPicture as Picture } from "~/domain/loop";

const W = 560;
const H = 460;
const CX = W / 2;
const CY = H / 2 + 4;
const R = 150;

const at = (angle: number, radius = R) => [CX + radius * Math.cos(angle), CY + radius * Math.sin(angle)] as const;
const f = (n: number) => n.toFixed(1);

export function LoopPicture({ picture, loopRate }: { picture: Picture; loopRate: number | null }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const max = Math.max(1, ...picture.nodes.map((n) => n.value));
  const nodes = picture.nodes.map((n, i) => {
    const angle = -Math.PI / 2 + (i * Math.PI) / 3;
    // square-root scale with a floor, so Purchase stays visible beside millions of impressions
    const r = 24 + 22 * Math.sqrt(n.value / max);
    return { ...n, angle, r };
  });
  return (
    <svg className="loop-svg" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t("phases.loopPicture")}>
      <defs>
        <marker id="loop-arrow" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" fill="#8a94ad" />
        </marker>
        <marker id="loop-arrow-back" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" fill="#1a8f5a" />
        </marker>
      </defs>
      {picture.edges.map((e) => {
        const a = nodes.find((n) => n.phase === e.from)!;
        const b = nodes.find((n) => n.phase === e.to)!;
        const start = a.angle + (a.r + 6) / R;
        const endAngle = (b.phase === "exploration" ? b.angle + 2 * Math.PI : b.angle) - (b.r + 8) / R;
        const [x1, y1] = at(start);
        const [x2, y2] = at(endAngle);
        const mid = (a.angle + (b.phase === "exploration" ? b.angle + 2 * Math.PI : b.angle)) / 2;
        const [lx, ly] = at(mid, R - 34);
        const loop = e.kind === "loop";
        return (
          <g key={`${e.from}-${e.to}`} data-edge={`${e.from}-${e.to}`}>
            <path
              d={`M${f(x1)},${f(y1)} A${R},${R} 0 0 1 ${f(x2)},${f(y2)}`}
              fill="none"
              stroke={loop ? "#1a8f5a" : "#8a94ad"}
              strokeWidth={loop ? 3 : 2}
              strokeDasharray={loop ? "6 4" : undefined}
              markerEnd={`url(#${loop ? "loop-arrow-back" : "loop-arrow"})`}
            />
            <text x={f(lx)} y={f(ly)} textAnchor="middle" dominantBaseline="middle" className={loop ? "edge loop" : "edge"}>
              {e.rate !== null && e.rate > 1 ? fmt.multiple(e.rate) : fmt.percent(e.rate, 2)}
            </text>
            {loop ? (
              <text x={f(lx)} y={f(ly + 14)} textAnchor="middle" dominantBaseline="middle" className="edge-note">
                {t("phases.ugcReachEdge")}
              </text>
            ) : null}
          </g>
        );
      })}
      {nodes.map((n, i) => {
        const [x, y] = at(n.angle);
        const [tx, ty] = at(n.angle, R + n.r + 16);
        const anchor = Math.abs(Math.cos(n.angle)) < 0.2 ? "middle" : Math.cos(n.angle) > 0 ? "start" : "end";
        return (
          <g key={n.phase} data-node={n.phase}>
            <title>{`${t(`phase.name.${n.phase}`)}: ${fmt.count(n.value)}`}</title>
            <circle cx={f(x)} cy={f(y)} r={f(n.r)} className={`node n${i + 1}`} />
            <text x={f(x)} y={f(y)} textAnchor="middle" dominantBaseline="middle" className="node-value">
              {fmt.compact(n.value)}
            </text>
            <text x={f(tx)} y={f(ty)} textAnchor={anchor} dominantBaseline="middle" className="node-label">
              {i + 1} {t(`phase.name.${n.phase}`)}
            </text>
          </g>
        );
      })}
      <text x={CX} y={CY - 14} textAnchor="middle" className="center-value">
        {fmt.decimal(loopRate, 2)}
      </text>
      <text x={CX} y={CY + 10} textAnchor="middle" className="center-label">
        {t("phases.loopRateCenter")}
      </text>
      <text x={CX} y={CY + 26} textAnchor="middle" className="center-note">
        {t("phases.loopRateFormula")}
      </text>
      <text x={CX} y={CY + 44} textAnchor="middle" className="center-note">
        {t("phases.ugcImpressionsCenter", { n: fmt.compact(picture.ugcImpressions) })}
      </text>
    </svg>
  );
}
