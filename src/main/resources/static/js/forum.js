// Forums: add and remove rows of the forum form in place, and the print button of the minutes.
// Without JavaScript the row buttons post the form and the server adds or removes the row, keeping what was typed;
// the print button stays hidden and the browser's own print command prints the same minutes.
(function () {
    'use strict';

    var INDEXED_NAME = /^(\w+)\[\d+\]/;
    var INDEXED_ID = /^([A-Za-z]+)\d+\./;

    function rowsOf(container) {
        return Array.prototype.filter.call(container.children, function (child) {
            return child.hasAttribute('data-row');
        });
    }

    function renumber(container) {
        var rows = rowsOf(container);
        rows.forEach(function (row, index) {
            row.querySelectorAll('[name]').forEach(function (field) {
                field.name = field.name.replace(INDEXED_NAME, '$1[' + index + ']');
            });
            row.querySelectorAll('[id]').forEach(function (element) {
                element.id = element.id.replace(INDEXED_ID, '$1' + index + '.');
            });
            row.querySelectorAll('label[for]').forEach(function (label) {
                label.htmlFor = label.htmlFor.replace(INDEXED_ID, '$1' + index + '.');
            });
            row.querySelectorAll('[data-remove-row]').forEach(function (button) {
                button.value = String(index);
            });
            var number = row.querySelector('[data-row-number]');
            if (number) {
                number.textContent = String(index + 1);
            }
        });
        var add = document.querySelector('[data-add-row="' + container.getAttribute('data-rows') + '"]');
        if (add) {
            add.disabled = rows.length >= Number(container.getAttribute('data-max'));
        }
    }

    function clear(row) {
        row.querySelectorAll('input, textarea, select').forEach(function (field) {
            if (field.tagName === 'SELECT') {
                Array.prototype.forEach.call(field.options, function (option) {
                    option.defaultSelected = false;
                });
                field.selectedIndex = 0;
            } else if (field.tagName === 'TEXTAREA') {
                field.textContent = '';
                field.value = '';
            } else {
                field.defaultValue = '';
                field.value = '';
            }
            field.classList.remove('is-invalid');
        });
        row.querySelectorAll('.invalid-feedback, [data-locked-note]').forEach(function (element) {
            element.remove();
        });
        row.querySelectorAll('[data-remove-row]').forEach(function (button) {
            button.hidden = false;
        });
    }

    document.addEventListener('click', function (event) {
        var add = event.target.closest('[data-add-row]');
        var remove = event.target.closest('[data-remove-row]');
        if (add) {
            var container = document.querySelector('[data-rows="' + add.getAttribute('data-add-row') + '"]');
            var rows = container ? rowsOf(container) : [];
            if (rows.length === 0) {
                return; // nothing to copy: let the button post the form
            }
            event.preventDefault();
            var copy = rows[rows.length - 1].cloneNode(true);
            clear(copy);
            container.appendChild(copy);
            renumber(container);
            var first = copy.querySelector('select, input:not([type=hidden]), textarea');
            if (first) {
                first.focus();
            }
        } else if (remove) {
            var row = remove.closest('[data-row]');
            var list = row && row.parentElement;
            if (!list || !list.hasAttribute('data-rows')) {
                return;
            }
            event.preventDefault();
            if (rowsOf(list).length > 1) {
                row.remove();
            } else {
                clear(row);
            }
            renumber(list);
        }
    });

    document.addEventListener('DOMContentLoaded', function () {
        document.querySelectorAll('[data-rows]').forEach(renumber);
        document.querySelectorAll('[data-print]').forEach(function (button) {
            button.hidden = false;
            button.addEventListener('click', function () {
                window.print();
            });
        });
    });
}());
