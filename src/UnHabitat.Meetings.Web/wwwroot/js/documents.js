// Progressive enhancement of "Register a document": the original language is always required, so the
// "Required languages besides the original" boxes hide (and untick) the language chosen as the original.
// Without this script the page already hides the original chosen when it was drawn.
document.addEventListener('change', function (event) {
    var select = event.target;
    if (!(select instanceof HTMLSelectElement) || select.name !== 'Register.OriginalLanguage' || !select.form) {
        return;
    }
    select.form.querySelectorAll('label[data-language]').forEach(function (label) {
        var original = label.getAttribute('data-language') === select.value;
        label.hidden = original;
        if (original) {
            label.querySelector('input').checked = false;
        }
    });
});
