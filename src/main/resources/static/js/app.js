// Puskesnet: behaviour without inline scripts (the Content-Security-Policy forbids them).
// A form with data-confirm asks before it submits (used for destructive actions).
document.addEventListener('submit', function (event) {
    var form = event.target;
    var question = form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
        event.preventDefault();
    }
}, true);

// Printing a dashboard prints the tables of numbers behind its charts too.
window.addEventListener('beforeprint', function () {
    document.querySelectorAll('details.chart-table').forEach(function (details) {
        details.setAttribute('open', '');
    });
});
