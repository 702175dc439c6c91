// Any test that logs an unexpected console.error fails: errors a user can cause are values.
import { afterEach, beforeEach, expect, vi } from "vitest";

let errorSpy: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  errorSpy = vi.spyOn(console, "error").mockImplementation(() => {});
});

afterEach(() => {
  const calls = errorSpy.mock.calls;
  errorSpy.mockRestore();
  expect(calls, `console.error was called:\n${calls.map((c: unknown[]) => c.map(String).join(" ")).join("\n")}`).toHaveLength(0);
});
