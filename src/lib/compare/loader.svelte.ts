/**
 * The files a /compare chart needs beyond its default view, fetched when the reader asks for
 * another view. The default view's data comes with the chart, so nothing is fetched for it. A
 * newer request supersedes an older one; a failure is said in words on the page's status line.
 */
export class FileLoad<T> {
	/** The loaded files for the current view; null for the default view or while loading. */
	value = $state<T | null>(null);
	/** "Loading…", an error in words, or ''. */
	status = $state('');

	constructor(private readonly loadingText: string) {}

	/**
	 * Call from an $effect that has read the view's parameters. Returns the effect's cleanup, which
	 * makes a request still under way stale.
	 */
	track(isDefault: boolean, load: () => Promise<T>): () => void {
		if (isDefault) {
			this.value = null;
			this.status = '';
			return () => {};
		}
		let current = true;
		this.status = this.loadingText;
		load().then(
			(v) => {
				if (!current) return;
				this.value = v;
				this.status = '';
			},
			(e: unknown) => {
				if (current) this.status = e instanceof Error ? e.message : String(e);
			}
		);
		return () => {
			current = false;
		};
	}
}
