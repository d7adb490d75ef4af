/**
 * The reader's files, kept in this browser (IndexedDB) with their name, size and date until the
 * reader deletes them. Nothing leaves the browser. When the store is unavailable (private mode,
 * blocked, full) every call rejects with a StoreError whose message says so; the page keeps the
 * file for the session.
 */
const DB = 'dependence-atlas-explore';
const STORE = 'files';

export interface StoredMeta {
	id: string;
	name: string;
	size: number;
	/** When it was added, ISO. */
	added: string;
}
export interface StoredFile extends StoredMeta {
	blob: Blob;
}

export class StoreError extends Error {}

function reason(e: unknown): string {
	const name = (e as { name?: string } | null)?.name;
	if (name === 'QuotaExceededError')
		return 'The browser’s storage is full, so this file is kept only until you leave the page.';
	return 'This browser does not let the page keep files (storage is unavailable or blocked), so this file is kept only until you leave the page.';
}

/** How long the store may take to open before the page stops waiting for it, ms. */
export const OPEN_TIMEOUT_MS = 3000;

function open(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		let req: IDBOpenDBRequest;
		// a store that never answers (a stuck profile, a browser extension) must not leave the
		// reader's file unread: the page stops waiting and keeps the file for the session
		const timer = setTimeout(
			() =>
				reject(
					new StoreError(
						'The browser’s storage did not answer, so this file is kept only until you leave the page.'
					)
				),
			OPEN_TIMEOUT_MS
		);
		const settle =
			<A extends unknown[]>(f: (...a: A) => void) =>
			(...a: A) => {
				clearTimeout(timer);
				f(...a);
			};
		resolve = settle(resolve);
		reject = settle(reject);
		try {
			if (typeof indexedDB === 'undefined') throw new Error('no IndexedDB');
			req = indexedDB.open(DB, 1);
		} catch (e) {
			reject(new StoreError(reason(e)));
			return;
		}
		req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'id' });
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(new StoreError(reason(req.error)));
		req.onblocked = () => reject(new StoreError(reason(null)));
	});
}

function run<T>(mode: IDBTransactionMode, f: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
	return open().then(
		(db) =>
			new Promise<T>((resolve, reject) => {
				try {
					const tx = db.transaction(STORE, mode);
					const req = f(tx.objectStore(STORE));
					let result: T;
					req.onsuccess = () => (result = req.result);
					tx.oncomplete = () => {
						db.close();
						resolve(result);
					};
					tx.onerror = tx.onabort = () => {
						db.close();
						reject(new StoreError(reason(tx.error ?? req.error)));
					};
				} catch (e) {
					db.close();
					reject(new StoreError(reason(e)));
				}
			})
	);
}

/** A short id for the URL: letters and digits only. */
export function newId(): string {
	return Math.random().toString(36).slice(2, 10);
}

export const isId = (s: string | null): s is string => !!s && /^[a-z0-9]{1,16}$/.test(s);

export function saveFile(f: StoredFile): Promise<void> {
	return run('readwrite', (s) => s.put(f)).then(() => undefined);
}

export function listFiles(): Promise<StoredMeta[]> {
	return run('readonly', (s) => s.getAll() as IDBRequest<StoredFile[]>).then((all) =>
		all
			.map(({ id, name, size, added }) => ({ id, name, size, added }))
			.sort((a, b) => b.added.localeCompare(a.added))
	);
}

export function getFile(id: string): Promise<StoredFile | undefined> {
	return run('readonly', (s) => s.get(id) as IDBRequest<StoredFile | undefined>);
}

export function deleteFile(id: string): Promise<void> {
	return run('readwrite', (s) => s.delete(id)).then(() => undefined);
}

export function formatSize(bytes: number): string {
	if (bytes < 1024) return `${bytes} B`;
	if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
	return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
