// Post-build step (`npm run build`): writes build/_headers, the headers static hosts (Netlify,
// Cloudflare Pages) should send, from the same rules scripts/serve.mjs uses (scripts/lib/headers.mjs).
import { writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { headersFile } from './lib/headers.mjs';

const root = resolve(process.env.BUILD_DIR ?? 'build');
if (!existsSync(join(root, 'index.html'))) {
	console.error(`write-headers: ${root} holds no built site; run vite build first.`);
	process.exit(1);
}
writeFileSync(join(root, '_headers'), headersFile());
console.log(`write-headers: wrote ${join(root, '_headers')}`);
