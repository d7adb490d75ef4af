// Applies the reader's saved theme before first paint (no flash). Without a saved choice the
// stylesheet follows the system setting.
try {
	var t = localStorage.getItem('atlas-theme');
	if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
} catch {
	/* storage blocked: follow the system */
}
