// Progressive enhancement of the live record: Ctrl+Enter (or Cmd+Enter) in a text area saves its form,
// so the officer never leaves the keyboard. Without this script the save buttons do the same.
document.addEventListener('keydown', function (event) {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) {
        return;
    }
    var field = event.target;
    if (field instanceof HTMLTextAreaElement && field.form) {
        event.preventDefault();
        field.form.requestSubmit();
    }
});
