// Browser test of the timeline page's picture: Debian's chromium, driven by playwright-core (browser.mjs).
// Usage: node timeline-picture.mjs OUT_DIR PAGE.html...
// Opens each page at a desktop and a phone width, measures every date label of the picture as the
// browser lays it out, and exits 1, listing every problem, when two labels intersect, a label leaves
// the picture, a date of a timeline of up to six dates has no label, a label is drawn smaller than 9 px (the picture shrunk to a phone's width), or the page
// logs an error. Screenshots of each picture go to OUT_DIR.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { args, inBrowser } from "./browser.mjs";

const [outDir, ...pages] = args("node timeline-picture.mjs OUT_DIR PAGE.html...", 2);
const sizes = [{ name: "desktop", width: 1280, height: 900 }, { name: "phone", width: 390, height: 844 }];

await inBrowser(sizes[0], async (page, check, problems) => {
  for (const file of pages) {
    const name = path.basename(file, ".html");
    for (const size of sizes) {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.goto(pathToFileURL(path.resolve(file)).href, { waitUntil: "load" });
      const where = name + " at " + size.name + " size";
      const measured = await page.evaluate(() => {
        const svg = document.querySelector(".coverage svg");
        if (!svg) return null;
        const box = r => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
        return {
          picture: box(svg.getBoundingClientRect()),
          marks: svg.querySelectorAll("circle.mark").length,
          // the label's font size as drawn: its CSS size times the picture's scale on screen
          labels: [...svg.querySelectorAll("text.label")].map(t => ({ text: t.textContent, ...box(t.getBoundingClientRect()),
            px: parseFloat(getComputedStyle(t).fontSize) * svg.getScreenCTM().a })),
        };
      });
      if (!measured) { problems.push(where + ": no picture"); continue; }
      const { picture, labels, marks } = measured;
      const before = problems.length;
      if (labels.length === 0) problems.push(where + ": no date label");
      // every date of a short timeline is labelled (a long one may leave some to their tooltips)
      if (labels.length < Math.min(marks, 6)) problems.push(where + ": only " + labels.length + " labels for " + marks + " dates");
      for (let i = 0; i < labels.length; i++) {
        const a = labels[i];
        if (a.px < 9) problems.push(where + ": label " + a.text + " is drawn at " + a.px.toFixed(1) + " px");
        if (a.left < picture.left - 0.5 || a.right > picture.right + 0.5 || a.bottom > picture.bottom + 0.5) {
          problems.push(where + ": label " + a.text + " leaves the picture");
        }
        for (let j = i + 1; j < labels.length; j++) {
          const b = labels[j];
          const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
          if (!apart) problems.push(where + ": labels " + a.text + " and " + b.text + " overlap");
        }
      }
      await page.locator(".coverage").screenshot({ path: path.join(outDir, name + "-" + size.name + ".png") });
      if (problems.length === before) {
        console.log(where + ": " + labels.length + " labels for " + marks + " dates, none overlapping");
      }
    }
  }
}, "timeline pictures: no label overlaps");
