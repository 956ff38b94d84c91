#!/usr/bin/env node
// Thin launcher: the CLI lives in dist so that this file never needs a build step.
import { main } from "../dist/cli/main.js";

main(process.argv.slice(2));
