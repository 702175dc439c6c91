// Links inside the app. Remix's <Link> resolves its path and wires its click handling with a
// dozen hooks per link, which a table of a hundred drill-down links pays on every server render
// (about a tenth of a worker's CPU under load). A link to an absolute path inside the app renders as a plain anchor
// instead, and one click handler on the document (LinkNavigation, in the root) turns a plain
// left click on such an anchor into the router's navigation, as <Link> would. Whatever else
// <Link> does (relative paths, replace, state, scroll, prefetch) goes to <Link> itself. Without
// JavaScript both are the same anchor. NavLink is the same for the navigation's links.
import { Link as RemixLink, useLocation, useNavigate, type LinkProps } from "@remix-run/react";
import { useEffect, type ReactNode } from "react";

const ROUTER_PROPS = new Set(["prefetch", "replace", "state", "reloadDocument", "preventScrollReset", "relative", "viewTransition", "unstable_viewTransition", "discover"]);

export function Link(props: LinkProps) {
  const { to, ...rest } = props;
  if (typeof to === "string" && to.startsWith("/") && !to.startsWith("//") && Object.keys(rest).every((k) => !ROUTER_PROPS.has(k))) {
    return <a href={to} data-app-link="" {...rest} />;
  }
  return <RemixLink {...props} />;
}

/**
 * As Remix's <NavLink> for an absolute app path, without its hooks: class "active" and
 * aria-current="page" on the link of the page shown or, without `end`, of a page under it.
 */
export function NavLink({ to, end = false, className, children }: { to: string; end?: boolean; className?: string; children: ReactNode }) {
  const here = useLocation().pathname.toLowerCase();
  const path = to.split(/[?#]/)[0].toLowerCase();
  const endSlash = path !== "/" && path.endsWith("/") ? path.length - 1 : path.length;
  const active = here === path || (!end && here.startsWith(path) && here.charAt(endSlash) === "/");
  return (
    <a href={to} data-app-link="" className={[className, active ? "active" : null].filter(Boolean).join(" ") || undefined} aria-current={active ? "page" : undefined}>
      {children}
    </a>
  );
}

/** The one click handler behind every plain app link: rendered once, by the root. */
export function LinkNavigation() {
  const navigate = useNavigate();
  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.altKey || e.ctrlKey || e.shiftKey) return;
      const a = e.target instanceof Element ? e.target.closest("a[data-app-link]") : null;
      if (!(a instanceof HTMLAnchorElement) || (a.target && a.target !== "_self") || a.hasAttribute("download")) return;
      const href = a.getAttribute("href") ?? "";
      e.preventDefault();
      // as <Link>: a link to the page already shown replaces its history entry
      const here = window.location.pathname + window.location.search + window.location.hash;
      navigate(href, { replace: href === here });
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, [navigate]);
  return null;
}
