/* The Django admin's widgets in the platform's accessibility rules (issue 16; walk of 2 December), loaded deferred by
   admin/base_site.html on every admin page, after the forms' own scripts:
   - an autocomplete field (select2): its combobox took its name from the shown choice (aria-labelledby), empty while
     nothing is chosen; the shown choice now carries the field's label as aria-label, which names both;
   - a filter_horizontal (SelectFilter2): the search icon in its label carried an aria-label without a role; it is an
     image with that text (role="img"), which also names the filter box. */
'use strict';
(function() {
    function nameAutocompletes(root) {
        root.querySelectorAll('select.admin-autocomplete').forEach(function(select) {
            const label = select.id && document.querySelector('label[for="' + select.id + '"]');
            const name = select.getAttribute('aria-label') || (label && label.textContent.replace(/[:\s]+$/, '').trim());
            const shown = document.getElementById('select2-' + select.id + '-container');
            if (name && shown) {
                shown.setAttribute('aria-label', name);
            }
        });
    }
    function iconsAsImages(root) {
        root.querySelectorAll('.search-label-icon[aria-label]:not([role])').forEach(function(icon) {
            icon.setAttribute('role', 'img');
        });
    }
    /* Walk of stop 37 (issue 16, point 2): after a wrong save the admin said "Corrigeer de fout hieronder" and left the
       focus on the button. Its note becomes the platform's error summary: one link per field in error, with the field's
       label and message, and the focus on the summary; after a save, on the success message. */
    function labelOf(field) {
        const label = field.id && document.querySelector('label[for="' + field.id + '"]');
        return label ? label.textContent.replace(/[:\s]+$/, '').trim() : (field.getAttribute('aria-label') || field.name || '');
    }
    function summariseErrors() {
        const note = document.querySelector('p.errornote');
        if (!note) { return false; }
        const list = document.createElement('ul');
        list.className = 'error-summary-list';
        document.querySelectorAll('#content-main ul.errorlist').forEach(function(errors) {
            if (errors.closest('.errornote')) { return; }
            const row = errors.closest('.form-row, .fieldBox, td, tr') || errors.parentElement;
            const field = row && row.querySelector('input:not([type=hidden]), select, textarea');
            const item = document.createElement('li');
            const text = errors.textContent.trim();
            if (field && field.id) {
                const link = document.createElement('a');
                link.href = '#' + field.id;
                link.textContent = labelOf(field) + ': ' + text;
                item.appendChild(link);
            } else {
                item.textContent = text;  // an error of the whole form: no field to go to
            }
            list.appendChild(item);
        });
        if (list.children.length) { note.appendChild(list); }
        note.setAttribute('tabindex', '-1');
        note.setAttribute('role', 'alert');
        note.focus();
        return true;
    }
    function focusMessage() {
        const messages = document.querySelector('ul.messagelist');
        if (!messages) { return; }
        messages.setAttribute('tabindex', '-1');
        messages.focus();
    }
    document.addEventListener('DOMContentLoaded', function() {
        // the admin's first field carries autofocus, which the browser applies at a later rendering step and which
        // then took the focus from the summary or the message (CI of stop 39, under load): not on such a page
        const target = summariseErrors() ? document.querySelector('p.errornote') : (focusMessage(), document.querySelector('ul.messagelist'));
        if (!target) { return; }
        document.querySelectorAll('[autofocus]').forEach(function(field) { field.removeAttribute('autofocus'); });
        const keep = function() {
            const now = document.activeElement;
            if (now && now !== target && !target.contains(now) && (now === document.body || now.matches('input, select, textarea'))
                && !keep.moved) { target.focus(); }
        };
        document.addEventListener('keydown', function() { keep.moved = true; }, {once: true});
        document.addEventListener('pointerdown', function() { keep.moved = true; }, {once: true});
        window.requestAnimationFrame(function() { window.requestAnimationFrame(keep); });
        window.addEventListener('load', keep);
    });
    const jq = window.django && window.django.jQuery;
    const onReady = function() { nameAutocompletes(document); };
    if (jq) {
        jq(onReady);  // after autocomplete.js's own ready handler, registered before this script ran
    } else {
        document.addEventListener('DOMContentLoaded', onReady);
    }
    document.addEventListener('formset:added', function(event) { nameAutocompletes(event.target); });
    window.addEventListener('load', function() { iconsAsImages(document); });  // after SelectFilter2.js's own 'load'
})();
