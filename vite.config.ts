import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { port: 5317, strictPort: true },
	preview: { port: 4317, strictPort: true },
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['src/**/*.test.ts', 'data/**/*.test.ts'],
					exclude: ['src/**/*.render.test.ts']
				}
			},
			{
				extends: true,
				test: {
					name: 'render',
					environment: 'node',
					include: ['src/**/*.render.test.ts']
				}
			}
		]
	}
});
