// The address a request came from: set by our server (server.mjs) from the socket, or from
// X-Forwarded-For when FACTLOOP_TRUST_PROXY=1; anything a client sends in that header is replaced.
export const CLIENT_IP_HEADER = "x-factloop-client-ip";

export function clientIp(request: Request): string {
  return (request.headers.get(CLIENT_IP_HEADER) ?? "").slice(0, 64);
}
