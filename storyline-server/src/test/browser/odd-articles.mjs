// Browser test of the web page with odd articles: a 10,000-letter word in a title must not widen the
// page, and an article whose id has a ".." segment must open from its story's source list.
// Usage: node odd-articles.mjs BASE_URL OUT_DIR LONG_STORY_ID DOTS_STORY_ID DOTS_MARKER
// Exits 1, listing every problem, on a failed check or any console error.
import { chromium } from "playwright-core";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const [base, outDir, longStory, dotsStory, marker] = process.argv.slice(2);
if (!base || !outDir || !longStory || !dotsStory || !marker) {
  console.error("usage: node odd-articles.mjs BASE_URL OUT_DIR LONG_STORY_ID DOTS_STORY_ID DOTS_MARKER");
  process.exit(2);
}
const problems = [];
const check = (ok, message) => { if (!ok) problems.push(message); };
const profile = fs.mkdtempSync(path.join(os.tmpdir(), "storyline-chromium-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  viewport: { width: 1000, height: 800 },
});
try {
  const page = context.pages()[0] || await context.newPage();
  page.on("console", message => { if (message.type() === "error") problems.push("console error: " + message.text()); });
  page.on("pageerror", error => problems.push("page error: " + error.message));
  const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);

  for (const [where, url] of [["front page", base], ["story page", base + "story/" + longStory]]) {
    await page.goto(url, { waitUntil: "networkidle" });
    await page.waitForSelector(where === "front page" ? ".story-list a" : ".story h1", { timeout: 30000 });
    const width = await pageWidth();
    check(width <= 1000, where + ": a long word in a title widens the page to " + width + " px (the window is 1000)");
  }
  await page.screenshot({ path: path.join(outDir, "long-title.png") });

  await page.goto(base + "story/" + dotsStory, { waitUntil: "networkidle" });
  await page.waitForSelector(".outlets li a", { timeout: 30000 });
  await page.locator(".outlets li a").first().click();
  await page.waitForSelector(".article-text p, .error, .muted", { timeout: 15000 });
  const text = (await page.locator("main").textContent()) || "";
  check(text.includes(marker), "the article whose id has '..' did not open from its story (" + page.url() + "): "
    + text.slice(0, 200));
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
console.log("odd-articles browser test passed");
