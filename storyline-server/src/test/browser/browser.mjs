// What every browser test script shares: Debian's chromium driven by playwright-core in a throwaway
// profile, the page's console errors and uncaught errors collected as problems, and the report.
import { chromium } from "playwright-core";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * Runs {@code test(page, check)} in a fresh headless chromium whose window is {@code viewport}; every
 * failed check, console error, page error or dialog is a problem. Exits 1 listing the problems, else
 * prints {@code passed}. {@code options} are more of playwright's context options (javaScriptEnabled).
 */
export async function inBrowser(viewport, test, passed, options = {}) {
  const problems = [];
  const check = (ok, message) => { if (!ok) problems.push(message); return ok; };
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "storyline-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    viewport,
    ...options,
  });
  try {
    const page = context.pages()[0] || await context.newPage();
    page.on("console", message => { if (message.type() === "error") problems.push("console error: " + message.text()); });
    page.on("pageerror", error => problems.push("page error: " + error.message));
    page.on("dialog", dialog => { problems.push("a dialog opened: " + dialog.message()); dialog.dismiss(); });
    await test(page, check, problems);
  } catch (error) {
    problems.push("the test stopped: " + error.message);
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  if (problems.length > 0) {
    for (const problem of problems) console.error("FAIL " + problem);
    process.exit(1);
  }
  console.log(passed);
}

/** The command line's arguments, or exit 2 with the usage when some are missing. */
export function args(usage, count) {
  const given = process.argv.slice(2);
  if (given.length < count || given.slice(0, count).some(a => !a)) {
    console.error("usage: " + usage);
    process.exit(2);
  }
  return given;
}

/**
 * A screenshot of one part of the page as it lies with the page scrolled to the top (an element
 * screenshot would scroll to it first, and a sticky header would then be drawn over its middle).
 */
export async function shoot(page, locator, file) {
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await locator.boundingBox();
  const width = await page.evaluate(() => document.documentElement.clientWidth); // what overhangs the part too
  await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: box.y, width, height: box.height } });
}
