/** `npm run data:check`: validate every file in data/ (the build runs this first and stops on errors). */
import { DataError, loadAll } from '../../src/lib/server/data';
import { dataVersion } from '../../src/lib/server/version';

try {
	const d = loadAll();
	const total = Object.values(d.rowCounts).reduce((a, b) => a + b, 0);
	console.log(`data/: ${Object.keys(d.rowCounts).length} datasets, ${total} rows, all valid`);
	// data/VERSION must parse (dataVersion throws, naming the line, when it does not)
	const v = dataVersion();
	console.log(`data version ${v.hash} (${v.date})`);
} catch (e) {
	if (e instanceof DataError) {
		console.error(e.message);
		process.exit(1);
	}
	throw e;
}
