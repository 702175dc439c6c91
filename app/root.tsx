import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { isRouteErrorResponse, Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteError, useRouteLoaderData } from "@remix-run/react";
import { createContext, useContext } from "react";
import { currentUser } from "~/services/route-context.server";
import styles from "./styles/app.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = () => [{ title: "factloop" }];

/** Who is signed in (never the session token itself), and the token forms echo against forgery. */
export async function loader({ request }: LoaderFunctionArgs) {
  const signedIn = await currentUser(request);
  return {
    viewer: signedIn ? { email: signedIn.user.email, name: signedIn.user.name, csrf: signedIn.session.csrfToken } : null,
  };
}

/** The per-request CSP nonce, handed from entry.server to the inline scripts Remix writes. */
export const NonceContext = createContext<string>("");

export function Layout({ children }: { children: React.ReactNode }) {
  const nonce = useContext(NonceContext);
  const csrf = useRouteLoaderData<typeof loader>("root")?.viewer?.csrf;
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {csrf ? <meta name="csrf-token" content={csrf} /> : null}
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

/** A thrown 403 from the gate carries the role needed; other errors carry a sentence. */
function errorText(error: unknown): { title: string; detail: string } {
  if (isRouteErrorResponse(error)) {
    const d = error.data as unknown;
    if (error.status === 403 && d && typeof d === "object" && "needed" in d) {
      const f = d as { needed: string; role: string };
      return { title: "403 Not allowed", detail: `This needs the ${f.needed} role; you are a ${f.role} here. Ask an owner of this workspace.` };
    }
    if (error.status === 404) return { title: "404 Not found", detail: typeof d === "string" ? d : "This page does not exist." };
    if (error.status === 401) return { title: "Please sign in", detail: "Your session has ended. Sign in again to go on." };
    return { title: `${error.status} ${error.statusText}`, detail: typeof d === "string" ? d : "" };
  }
  return { title: "Something went wrong", detail: "The page failed to load. Try again; if it keeps happening, the server log says why." };
}

export function ErrorBoundary() {
  const error = useRouteError();
  const { title, detail } = errorText(error);
  return (
    <main className="error-page">
      <h1>{title}</h1>
      <p className="muted">{detail}</p>
      <a href="/">Back to your merchants</a>
    </main>
  );
}

export function useViewer() {
  return useRouteLoaderData<typeof loader>("root")?.viewer ?? null;
}
