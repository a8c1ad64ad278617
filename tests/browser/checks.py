"""Shared checks for browser tests (Playwright page objects). Every page test should end with them:

    from .checks import assert_axe_clean, assert_in_viewport, assert_no_horizontal_scroll

    assert_axe_clean(page)                      # WCAG 2.1 A/AA: no serious/critical violation, no unresolved contrast
    assert_no_horizontal_scroll(page)           # at the current viewport width (set 390 px with page.set_viewport_size)
    assert_in_viewport(page, ".messages")       # the result of a form is where the user looks
    follow_menu(page, "Modelkaart")             # a main menu page, in the bar, under "Meer" or in the phone menu
"""

from __future__ import annotations

import re
from contextlib import contextmanager

from axe_playwright_python.sync_playwright import Axe

AXE = Axe()
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
PHONE = {"width": 390, "height": 844}
SMALL_PHONE = {"width": 320, "height": 640}


def _describe(rules: list[dict]) -> str:
    lines = []
    for rule in rules:
        lines.append(f"{rule['id']} ({rule.get('impact')}): {rule['help']}")
        for node in rule["nodes"][:8]:
            summary = (node.get("failureSummary") or "").replace("\n", " ")
            lines.append(f"   {' '.join(map(str, node['target']))}: {summary[:300]}")
    return "\n".join(lines)


# axe reports every node only for the result types the checks read; of the others (passes, inapplicable) one node per
# rule. Without it each run sent every passing node of the page back to Python — megabytes on the long tables.
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations", "incomplete"]}


def axe_results(page, context: str | None = None) -> dict:
    """axe-core's raw response for WCAG 2.1 A/AA rules (violations and incomplete in full)."""
    if not page.evaluate("() => typeof window.axe === 'object'"):  # once per document, not once per check
        page.evaluate(AXE.axe_script)
    args = AXE._format_script_args(context=context, options=AXE_OPTIONS)
    return page.evaluate(f"axe.run({args}).then(results => results)")


def assert_axe_clean(page, context: str | None = None, *, all_impacts: bool = False) -> dict:
    """No serious or critical axe violation (any impact with all_impacts=True) and no colour-contrast result that axe
    could not decide ("needs review": text on images, overlapping or semi-transparent backgrounds, …). Returns the
    response so a test can look further."""
    response = axe_results(page, context)
    violations = [v for v in response["violations"] if all_impacts or v.get("impact") in ("serious", "critical")]
    unresolved = [r for r in response["incomplete"] if r["id"] in ("color-contrast", "color-contrast-enhanced") and r["nodes"]]
    unresolved, too_low = _resolve_svg_text(page, unresolved)
    problems = []
    if too_low:
        problems.append("chart text below the contrast it needs:\n" + "\n".join(too_low))
    if violations:
        problems.append("violations:\n" + _describe(violations))
    if unresolved:
        problems.append("colour contrast that needs review (make the background decidable):\n" + _describe(unresolved))
    assert not problems, f"axe on {page.url}:\n" + "\n".join(problems)
    return response


def assert_axe_decides_contrast(page, context: str | None = None, response: dict | None = None) -> None:
    """axe-core itself decides the colour contrast of every text, the charts' too: no "needs review" colour-contrast result
    at all, before any deciding of SVG text by _resolve_svg_text (the walk of issue 16 counted 16–581 on the chart pages:
    the charts now give axe what it needs, screening.charts.ground and texts_last with site.css's svg.chart rules)."""
    response = response or axe_results(page, context)  # `response`: axe's raw answer already at hand (assert_axe_clean's)
    undecided = [r for r in response["incomplete"] if r["id"] in ("color-contrast", "color-contrast-enhanced") and r["nodes"]]
    reasons = sorted({(check.get("data") or {}).get("messageKey") or "?" for r in undecided for n in r["nodes"] for check in n["any"]})
    assert not undecided, f"axe on {page.url} leaves colour contrast for review ({', '.join(reasons)}):\n" + _describe(undecided)


# axe cannot decide the contrast of text inside an SVG (it reads the drawing as an image): such "needs review" results
# are decided here, the way a reviewer would: the text's fill against what is painted under it — the shapes of the same
# drawing that its box overlaps, topmost first, blended by their opacity over the page's background — must reach 4.5:1
# (3:1 for large text, WCAG 1.4.3).
_SVG_TEXT_CONTRAST = """(selector) => {
    const el = document.querySelector(selector);
    if (!el || !(el instanceof SVGElement) || el.tagName.toLowerCase() !== 'text') return null;
    const rgba = (css) => { const m = css && css.match(/rgba?\\(([^)]+)\\)/); if (!m) return null;
        const p = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number); return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]; };
    const over = (top, below) => [0, 1, 2].map(i => top[i] * top[3] + below[i] * (1 - top[3])).concat([1]);
    let page = [255, 255, 255, 1];
    const stack = [];
    for (let node = el.ownerSVGElement.parentElement; node; node = node.parentElement) {
        const bg = rgba(getComputedStyle(node).backgroundColor);
        if (bg && bg[3] > 0) stack.push(bg);
    }
    for (const bg of stack.reverse()) page = over(bg, page);
    const box = el.getBoundingClientRect();
    const shapes = [...el.ownerSVGElement.querySelectorAll('rect, path, circle, ellipse, polygon, line, polyline')];
    let under = page;
    for (const shape of shapes) {
        if (shape.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING) continue;  // painted after the text
        const r = shape.getBoundingClientRect();
        if (r.right <= box.left || r.left >= box.right || r.bottom <= box.top || r.top >= box.bottom) continue;
        const style = getComputedStyle(shape);
        const fill = rgba(style.fill);
        if (!fill || fill[3] === 0 || style.fill === 'none') continue;
        const alpha = fill[3] * Number(style.fillOpacity || 1) * Number(style.opacity || 1);
        under = over([fill[0], fill[1], fill[2], alpha], under);
    }
    const style = getComputedStyle(el);
    const text = rgba(style.fill);
    const textAlpha = (text ? text[3] : 1) * Number(style.fillOpacity || 1) * Number(style.opacity || 1);
    const shown = over([text[0], text[1], text[2], textAlpha], under);
    const lum = (c) => { const [r, g, b] = c.slice(0, 3).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
    const [a, b] = [lum(shown), lum(under)].sort((x, y) => y - x);
    const size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight, 10) >= 700;
    const needed = (size >= 24 || (bold && size >= 18.66)) ? 3 : 4.5;
    return {ratio: (a + 0.05) / (b + 0.05), needed, text: el.textContent.slice(0, 40)};
}"""


def _resolve_svg_text(page, unresolved: list[dict]) -> tuple[list[dict], list[str]]:
    """The contrast results axe left for review that are text in an SVG drawing, decided here; what stays unresolved,
    and the texts below their needed ratio."""
    left, too_low = [], []
    for rule in unresolved:
        nodes = []
        for node in rule["nodes"]:
            selector = node["target"][-1] if node["target"] else ""
            decided = page.evaluate(_SVG_TEXT_CONTRAST, selector) if isinstance(selector, str) and selector else None
            if decided is None:
                nodes.append(node)
            elif decided["ratio"] < decided["needed"]:
                too_low.append(f"   {selector} '{decided['text']}': {decided['ratio']:.2f}:1, needs {decided['needed']}:1")
        if nodes:
            left.append({**rule, "nodes": nodes})
    return left, too_low


def horizontal_overflow(page) -> dict:
    """The document's width against the viewport's, and the widest elements that stick out (to say what to fix)."""
    return page.evaluate(
        """() => {
            const width = window.innerWidth, doc = document.documentElement.scrollWidth;
            const culprits = [];
            if (doc > width) {
                for (const el of document.body.querySelectorAll('*')) {
                    const r = el.getBoundingClientRect();
                    if (r.right > width + 1 && r.width > 0 && getComputedStyle(el).position !== 'absolute') {
                        const name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
                            (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
                        culprits.push(name + ' right=' + Math.round(r.right));
                    }
                    if (culprits.length >= 10) break;
                }
            }
            return {viewport: width, document: doc, culprits};
        }"""
    )


def assert_no_horizontal_scroll(page) -> None:
    """The page does not scroll sideways at the current viewport width."""
    result = horizontal_overflow(page)
    assert result["document"] <= result["viewport"], (
        f"{page.url} scrolls sideways: {result['document']} px wide in a {result['viewport']} px viewport; sticking out: {result['culprits']}")


def assert_in_viewport(page, selector: str, *, fully: bool = False) -> None:
    """The first element matching selector is visible inside the viewport (its top at least; all of it with fully=True)."""
    locator = page.locator(selector).first
    locator.wait_for(state="visible")
    box = page.evaluate(
        """(el) => { const r = el.getBoundingClientRect(); return {top: r.top, bottom: r.bottom, height: window.innerHeight}; }""",
        locator.element_handle(),
    )
    inside = box["top"] >= -2 and box["top"] < box["height"] and (not fully or box["bottom"] <= box["height"])
    assert inside, f"{selector} on {page.url} is outside the viewport: top {box['top']:.0f}, bottom {box['bottom']:.0f}, viewport {box['height']} px"


def assert_focused_within(page, selector: str) -> None:
    """The keyboard focus is on (or inside) the first element matching selector: within 5 s, as pages move the focus
    once htmx has settled the swapped content, a moment after the new text shows (on two loaded cores, later still)."""
    try:
        page.wait_for_function("(sel) => { const el = document.querySelector(sel); return !!el && el.contains(document.activeElement); }",
                               arg=selector, timeout=5_000)
    except Exception:  # noqa: BLE001, S110 - the assertion below names where the focus is
        pass
    assert page.evaluate("(sel) => { const el = document.querySelector(sel); return !!el && el.contains(document.activeElement); }", selector), (
        f"focus is not in {selector} but on {page.evaluate('document.activeElement.outerHTML.slice(0, 120)')}")


def assert_touch_targets(page, selector: str = "main button, main .button, main input[type=checkbox], main input[type=radio], header a, header button, header summary",
                         minimum: int = 24) -> None:
    """Every visible control matching selector is at least minimum × minimum CSS pixels (WCAG 2.5.8)."""
    small = page.evaluate(
        """([sel, min]) => Array.from(document.querySelectorAll(sel)).filter(el => el.offsetParent !== null).map(el => {
               const r = el.getBoundingClientRect();
               return {el: el.outerHTML.slice(0, 100), w: Math.round(r.width), h: Math.round(r.height)};
           }).filter(x => x.w < min || x.h < min)""",
        [selector, minimum],
    )
    assert not small, f"touch targets under {minimum} px on {page.url}: {small[:10]}"


def small_targets(page, minimum: int = 24) -> list[dict]:
    """Every visible interactive element in <main> (links, buttons, inputs, selects, summaries) smaller than minimum ×
    minimum CSS pixels, except a link inline in a sentence or block of text (WCAG 2.2 2.5.8's "inline" exception: its
    size is the text's). A link is inline when it is displayed inline and its block holds other text than its own."""
    return page.evaluate(
        """(min) => {
            const blockOf = (el) => { let n = el.parentElement;
                while (n && getComputedStyle(n).display.startsWith('inline')) n = n.parentElement; return n; };
            const inline = (el) => { if (el.tagName !== 'A' || !getComputedStyle(el).display.startsWith('inline')
                                          || getComputedStyle(el).display === 'inline-block' || getComputedStyle(el).display === 'inline-flex') return false;
                const block = blockOf(el); if (!block) return false;
                return block.textContent.replace(/\\s+/g, '').length > el.textContent.replace(/\\s+/g, '').length; };
            const selector = 'main a[href], main button, main input:not([type=hidden]), main select, main textarea, main summary';
            return Array.from(document.querySelectorAll(selector)).filter(el => el.offsetParent !== null || el.tagName === 'SUMMARY')
                .filter(el => !inline(el)).map(el => { const r = el.getBoundingClientRect();
                    return {el: el.outerHTML.slice(0, 100), w: Math.round(r.width * 10) / 10, h: Math.round(r.height * 10) / 10}; })
                .filter(x => x.w > 0 && (x.w < min - 0.5 || x.h < min - 0.5));
        }""",
        minimum,
    )


def assert_interactive_targets(page, minimum: int = 24) -> None:
    """No interactive element in <main> under minimum × minimum CSS pixels but a link inline in a sentence (small_targets)."""
    small = small_targets(page, minimum)
    assert not small, f"touch targets under {minimum} px on {page.url} (WCAG 2.5.8): {small[:10]}"


def duplicate_ids(page) -> list[str]:
    """The ids used by more than one element of the page (axe's duplicate-id rules are not in WCAG 2.1 AA's tags)."""
    return page.evaluate("""() => { const seen = {}; for (const el of document.querySelectorAll('[id]')) seen[el.id] = (seen[el.id] || 0) + 1;
                                   return Object.keys(seen).filter(id => seen[id] > 1); }""")


def assert_unique_ids(page) -> None:
    """No id twice on the page: aria-labelledby and label[for] must name one element (the model card's charts had 19 pairs)."""
    found = duplicate_ids(page)
    assert not found, f"ids used more than once on {page.url}: {found[:20]}"


def follow_menu(page, name: str) -> None:
    """Open the main menu's page `name` the way a user reaches it: in the role's bar, under "Meer" on a wide screen
    (web/nav.py BAR), or in the folded phone menu (its "Menu" button)."""
    nav = page.get_by_role("navigation", name="Hoofdmenu")
    link = nav.get_by_role("link", name=name, exact=True)
    if not link.is_visible() and page.locator("details.menu > summary").is_visible():
        page.locator("details.menu > summary").click()
    if not link.is_visible():
        nav.get_by_role("button", name="Meer").click()
    link.click()


@contextmanager
def viewport(page, size: dict):
    """Temporarily resize the page (e.g. to PHONE), restoring the previous size."""
    before = page.viewport_size
    page.set_viewport_size(size)
    try:
        yield page
    finally:
        if before:
            page.set_viewport_size(before)



def assert_clean_on_desktop_and_phone(page) -> None:
    """axe clean and no sideways scrolling at the page's size and at PHONE width."""
    assert_axe_clean(page)
    assert_no_horizontal_scroll(page)
    with viewport(page, PHONE):
        assert_axe_clean(page)
        assert_no_horizontal_scroll(page)

# Raw codes and English words that leaked onto Dutch pages before (issue 16): a Dutch page must show none of them.
# Whole words, case-sensitive where the word is also Dutch in lower case; extend the list with every new leak found.
KNOWN_LEAKS = [
    "Gent / Gand", "Brussel / Bruxelles", " native", "Bron: vdab", "education_level", "digital_skills", "(long)", "(medium)", "(short)",
    "not_deployable", "jobseeker_benefit", "jobseeker_no_benefit", "Counsellor", "Conseiller", "None", "True", "False", "nan",
    "Access log entr", "Municipalitys", "Submit", "Loading", "Search", "Next", "Previous", "Download", "Save", "Cancel",
    # codes on the person file (names in words through werkregie/formats/names.py)
    "integration_agency", "UK Moedertaal", "NL Moedertaal", "AR Moedertaal", "Bron: ocmw", "Failed tasks", "Access attempts",
]


def leaks(page, words: list[str] | None = None) -> list[str]:
    """The known leaks present in the visible text of the page's <main> (as whole words)."""
    text = page.locator("main").inner_text()
    found = []
    for word in words or KNOWN_LEAKS:
        stripped = word.strip()
        if re.search(r"(?<![\w/])" + re.escape(stripped) + r"(?![\w])", text):
            found.append(stripped)
    return found


def assert_no_leaks(page, words: list[str] | None = None) -> None:
    """No raw code or English word of KNOWN_LEAKS on a Dutch page."""
    found = leaks(page, words)
    assert not found, f"raw codes or English on the Dutch page {page.url}: {found}"
