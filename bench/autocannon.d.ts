// autocannon ships no types; the load test uses it through this loose declaration.
declare module "autocannon" {
  const autocannon: (options: Record<string, unknown>) => Promise<unknown> & { on: (event: string, listener: (...args: never[]) => void) => void };
  export default autocannon;
}
