// The bar above pages outside a merchant: home, who is signed in, account and sign-out.
import { Form, Link } from "@remix-run/react";
import { useViewer } from "~/root";
import { CsrfField } from "./csrf-field";

export function AppHeader() {
  const viewer = useViewer();
  return (
    <header className="app-header">
      <Link className="brand" to="/">
        <img src="/favicon.svg" alt="" /> factloop
      </Link>
      {viewer ? <UserMenu email={viewer.email} /> : null}
    </header>
  );
}

export function UserMenu({ email }: { email: string }) {
  return (
    <div className="user-menu">
      <Link to="/account" title="Your account">
        {email}
      </Link>
      <Form method="post" action="/signout">
        <CsrfField />
        <button className="btn btn-link" type="submit">
          Sign out
        </button>
      </Form>
    </div>
  );
}
