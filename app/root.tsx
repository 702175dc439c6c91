import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteLoaderData } from "@remix-run/react";
import { createContext, useContext } from "react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-boundary";
import { LinkNavigation } from "~/components/link";
import { localeOf } from "~/i18n/i18next.server";
import { pageTitle } from "~/i18n/t";
import { currentUser } from "~/services/route-context.server";
import styles from "./styles/app.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, () => "");

/** Who is signed in (never the session token itself), the token forms echo against forgery, and the interface language. */
export async function loader({ request }: LoaderFunctionArgs) {
  const signedIn = await currentUser(request);
  return {
    locale: await localeOf(request),
    viewer: signedIn ? { email: signedIn.user.email, name: signedIn.user.name, csrf: signedIn.session.csrfToken } : null,
  };
}

/** The per-request CSP nonce, handed from entry.server to the inline scripts Remix writes. */
export const NonceContext = createContext<string>("");

export function Layout({ children }: { children: React.ReactNode }) {
  const nonce = useContext(NonceContext);
  const data = useRouteLoaderData<typeof loader>("root");
  const { i18n } = useTranslation();
  const csrf = data?.viewer?.csrf;
  // the i18next instance was made in the request's language, so <html lang> is right even when
  // the root loader failed
  return (
    <html lang={data?.locale ?? i18n.language}>
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
  return (
    <>
      <LinkNavigation />
      <Outlet />
    </>
  );
}

export function ErrorBoundary() {
  return (
    <main className="error-page">
      <ErrorPage home />
    </main>
  );
}

export function useViewer() {
  return useRouteLoaderData<typeof loader>("root")?.viewer ?? null;
}
