/* werkregie page components: the small behaviours the server-rendered pages need. No inline scripts anywhere (the
   platform runs under a Content-Security-Policy without 'unsafe-inline'); this file is loaded with defer by base.html.
   Everything here is an enhancement: every page works without it. */
(function () {
  "use strict";

  /* Focus the result of the last action: an error summary wins over a message (both carry data-autofocus). */
  function focusResult(root) {
    var target = root.querySelector('[data-autofocus="error"]') || root.querySelector('[data-autofocus="message"]') ||
      root.querySelector("[data-autofocus]");
    if (!target) { return; }
    if (!target.hasAttribute("tabindex")) { target.setAttribute("tabindex", "-1"); }
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: "start" });
  }

  /* Error summary links: focus the field (scrolling so its label is visible too), as in the GOV.UK pattern. */
  function onSummaryClick(event) {
    var link = event.target.closest(".error-summary a[href^='#']");
    if (!link) { return; }
    var field = document.getElementById(decodeURIComponent(link.getAttribute("href").slice(1)));
    if (!field) { return; }
    event.preventDefault();
    var anchor = field.closest("fieldset") || field.closest(".field") || field;
    anchor.scrollIntoView({ block: "start" });
    field.focus({ preventScroll: true });
  }

  /* The language menu submits itself on change (the <noscript> button covers the rest). */
  function onChange(event) {
    var select = event.target.closest("select[data-autosubmit]");
    if (select && select.form) { select.form.submit(); }
  }

  /* The header menu is a <details>: open on wide screens (its button is hidden there), closed on phones. */
  function setupMenu() {
    var menu = document.querySelector("details[data-menu]");
    if (!menu || !window.matchMedia) { return; }
    var narrow = window.matchMedia("(max-width: 64rem)");
    function apply() { menu.open = !narrow.matches; }
    apply();
    if (narrow.addEventListener) { narrow.addEventListener("change", apply); }
    setupMore(narrow);
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && narrow.matches && menu.open) {
        menu.open = false;
        menu.querySelector("summary").focus();
      }
    });
  }

  /* "Meer" in the header: a popover (opens, closes on Escape or a click elsewhere, and gives the focus back to its
     button without any script); here only its button's aria-expanded is kept in step, and on a phone, where the menu
     lists these pages inline, an open one is closed. */
  function setupMore(narrow) {
    var button = document.querySelector("button[data-nav-more]");
    var list = button && document.getElementById(button.getAttribute("popovertarget"));
    if (!list || typeof list.hidePopover !== "function") { return; }
    button.setAttribute("aria-expanded", "false");
    list.addEventListener("toggle", function (event) { button.setAttribute("aria-expanded", String(event.newState === "open")); });
    function fold() { if (narrow.matches && list.matches(":popover-open")) { list.hidePopover(); } }
    if (narrow.addEventListener) { narrow.addEventListener("change", fold); }
  }

  /* A plain form that can take a while (data-progress): show its progress component (progress.html) on submit, the
     same indicator htmx shows for its own requests, and mark the form busy. */
  function onSubmit(event) {
    var form = event.target.closest("form[data-progress]");
    if (!form) { return; }
    var indicator = form.querySelector(".htmx-indicator");
    if (indicator) { indicator.classList.add("htmx-request"); }
    form.setAttribute("aria-busy", "true");
    /* a download (data-progress="download": the PDF report) leaves the page where it is: the indicator goes after a
       while, as the browser shows the file (walk of stop 39: about 2 s without a word) */
    if (form.getAttribute("data-progress") === "download") {
      window.setTimeout(function () {
        if (indicator) { indicator.classList.remove("htmx-request"); }
        form.removeAttribute("aria-busy");
      }, 6000);
    }
  }

  /* A filter form whose state lives in the URL (data-url-state: the caseload): after htmx pushed a new URL (a sort
     link in the results) or restored one (the back button), the form shows what the URL says, so that the next
     filter change keeps the sort and the back button brings the filters back with the list. */
  function syncFormsWithUrl() {
    var params = new URLSearchParams(window.location.search);
    document.querySelectorAll("form[data-url-state]").forEach(function (form) {
      Array.prototype.forEach.call(form.elements, function (el) {
        /* data-not-in-url: the search text, which the URL names by a token only (no INSZ in a URL) */
        if (!el.name || el.type === "submit" || el.type === "hidden" || el.hasAttribute("data-not-in-url") || el === document.activeElement) { return; }
        var value = params.get(el.name);
        if (el.tagName === "SELECT") {
          if (value === null || !Array.prototype.some.call(el.options, function (o) { return o.value === value; })) {
            el.selectedIndex = 0;  /* the first choice is the default (the role's sort, "Alle") */
          } else { el.value = value; }
        } else if (el.value !== (value || "")) { el.value = value || ""; }
      });
    });
  }

  /* A copy button (data-copy="<id of a field>"): hidden in the page until this script shows it, so that without script
     nobody sees a button that does nothing; the result is said in the live region beside it (data-copied). */
  function setupCopy() {
    document.querySelectorAll("button[data-copy]").forEach(function (button) {
      if (!navigator.clipboard) { return; }
      button.hidden = false;
    });
  }

  function onCopy(event) {
    var button = event.target.closest("button[data-copy]");
    if (!button) { return; }
    var field = document.getElementById(button.getAttribute("data-copy"));
    var said = document.getElementById(button.getAttribute("aria-describedby") || "");
    if (!field) { return; }
    navigator.clipboard.writeText(field.value).then(function () {
      if (said) { said.textContent = button.getAttribute("data-copied") || ""; }
    }, function () {
      field.select();  /* the browser refused: the text is selected for Ctrl+C */
    });
  }

  function init() {
    setupMenu();
    setupCopy();
    openWideFilters();
    document.addEventListener("click", onCopy);
    syncFormsWithUrl();
    ["htmx:pushedIntoHistory", "htmx:historyRestore"].forEach(function (name) { document.body.addEventListener(name, syncFormsWithUrl); });
    window.addEventListener("popstate", function () { window.setTimeout(syncFormsWithUrl, 0); });
    document.addEventListener("submit", onSubmit);
    focusResult(document);
    document.addEventListener("click", onSummaryClick);
    document.addEventListener("change", onChange);
    /* after htmx swaps in a form with errors (or a message), move the focus there too */
    document.body.addEventListener("htmx:afterSettle", function (event) { focusResult(event.detail.elt || document); });
  }

  /* a filter panel (<details data-open-wide>) starts folded on a phone, open on a wide screen where it costs no scrolling */
  function openWideFilters() {
    if (!window.matchMedia("(min-width: 48em)").matches) return;
    document.querySelectorAll("details[data-open-wide]").forEach(function (panel) { panel.open = true; });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
