// Copies the browser files Cylch serves from the npm packages into static/vendor.
import { cpSync, mkdirSync } from "node:fs";

const target = "../static/vendor";
mkdirSync(target, { recursive: true });
cpSync("node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.js", `${target}/govuk-frontend.min.js`);
cpSync("node_modules/htmx.org/dist/htmx.min.js", `${target}/htmx.min.js`);
cpSync("node_modules/govuk-frontend/dist/govuk/assets/images", `${target}/images`, { recursive: true });
