// Browser test of what a reader meets without a story to show (MissingPagesBrowserTest starts the server).
// Usage: node missing-pages.mjs BASE_URL OUT_DIR STORY_ID
// A link to a story the server does not hold gets a 404 page saying so, with a way back to the front
// page, and runs no script; in a browser with JavaScript off the front page says it needs JavaScript
// (no endless "Loading…"), and a held story (STORY_ID) says the same. Exits 1, listing every problem.
import path from "node:path";
import { args, inBrowser } from "./browser.mjs";

const [base, outDir, story] = args("node missing-pages.mjs BASE_URL OUT_DIR STORY_ID", 3);

await inBrowser({ width: 900, height: 700 }, async (page, check, problems) => {
  // chromium logs each 404 document as a console error: those of the pages asked for are expected
  const expected = [];
  page.on("console", message => {
    if (message.type() === "error" && /status of 404/.test(message.text())) expected.push(message.location().url);
  });
  for (const [address, kind] of [["story/999999", "story"], ["storyline/999999", "storyline"]]) {
    const response = await page.goto(base + address, { waitUntil: "load" });
    check(response.status() === 404, address + " answered " + response.status() + ", not 404");
    check((await page.locator("h1").textContent()) === "Not found", address + " is not headed Not found");
    const said = await page.locator("main").innerText();
    check(said.includes("Storyline has no " + kind + " with the id '999999'."), address + " says: " + said);
    check(await page.locator("script").count() === 0, address + " carries a script");
    const stylesApplied = await page.evaluate(() => getComputedStyle(document.querySelector("main")).maxWidth);
    check(stylesApplied !== "none", address + " is not styled as the other pages (main max-width " + stylesApplied + ")");
  }
  await page.screenshot({ path: path.join(outDir, "missing-story.png") });
  await page.getByRole("link", { name: "Back to the front page" }).click();
  await page.waitForURL(base);
  await page.locator("main .story-list li").first().waitFor({ timeout: 30000 });
  check(new URL(page.url()).pathname === "/", "the way back leads to " + page.url());
  for (const url of expected) {
    const at = problems.findIndex(p => /status of 404/.test(p));
    if (["story/999999", "storyline/999999"].some(address => url === base + address) && at >= 0) problems.splice(at, 1);
  }
}, "a missing story or storyline is a readable 404 page with a way back");

await inBrowser({ width: 900, height: 700 }, async (page, check) => {
  for (const address of ["", "story/" + story]) {
    const response = await page.goto(base + address, { waitUntil: "load" });
    check(response.status() === 200, "/" + address + " answered " + response.status());
    // (playwright's text locators skip <noscript>, so the notice is found by its place)
    const notice = page.locator("main p.error");
    check(await notice.count() === 1 && await notice.isVisible()
      && (await notice.innerText()).startsWith("Storyline's pages need JavaScript"),
      "/" + address + " without JavaScript does not say it needs it");
    check(!(await page.locator("main p.muted").isVisible()), "/" + address + " without JavaScript shows Loading… forever");
  }
  await page.screenshot({ path: path.join(outDir, "no-javascript.png") });
}, "without JavaScript the pages say they need it", { javaScriptEnabled: false });
