#!/usr/bin/env node
// `npx factloop`: runs the TypeScript command line through tsx's loader.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../app/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
