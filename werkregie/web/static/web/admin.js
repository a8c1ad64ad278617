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
