// Marks that scripts run (the stylesheet then keeps room for the controls that hydration brings)
// and applies the reader's saved theme before first paint (no flash). Without a saved choice the
// stylesheet follows the system setting.
document.documentElement.classList.add('js');
try {
	var t = localStorage.getItem('atlas-theme');
	if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
} catch {
	/* storage blocked: follow the system */
}
