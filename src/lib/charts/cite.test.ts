import { describe, expect, it } from 'vitest';
import { EMBED_HEIGHT_MESSAGE, bibField, chartCitation, embedSnippet, isoDay } from './cite';

const v = { hash: 'abcdef012345', date: '2026-03-01' };
const url = 'https://x.org/chart/trade-asymmetry?asym.year=2016';

describe('chart citation', () => {
	it('names the chart, the view’s permalink, the data version and the day consulted', () => {
		const c = chartCitation('trade-asymmetry', 'A & B', url, v, '2026-12-08');
		expect(c.text).toBe(
			'Dependence Atlas contributors (2026). “A & B” [chart trade-asymmetry]. Dependence Atlas, data version abcdef012345 (2026-03-01). Retrieved 2026-12-08 from https://x.org/chart/trade-asymmetry?asym.year=2016'
		);
		expect(c.bibtex).toBe(
			[
				'@misc{dependence_atlas_trade_asymmetry_abcdef012345,',
				'  author       = {{Dependence Atlas contributors}},',
				'  title        = {A \\& B},',
				'  year         = {2026},',
				'  howpublished = {\\url{https://x.org/chart/trade-asymmetry?asym.year=2016}},',
				'  urldate      = {2026-12-08},',
				'  note         = {Chart trade-asymmetry, Dependence Atlas, data version abcdef012345, 2026-03-01}',
				'}'
			].join('\n')
		);
	});

	it('writes BibTeX in ASCII: straight quotes, TeX dashes, no typographic characters', () => {
		const title =
			'An unequal dependence: Russia in Belarus’s trade, “about 48%”, 1991–2023 — so far…';
		const c = chartCitation('trade-asymmetry', title, url, v, '2026-12-08');
		expect(c.bibtex).toContain(
			`title        = {An unequal dependence: Russia in Belarus's trade, "about 48\\%", 1991--2023 --- so far...},`
		);
		expect(c.bibtex).toMatch(/^[\x20-\x7e\n]*$/);
		// the line of text keeps the title as the page prints it
		expect(c.text).toContain(`“${title}”`);
	});

	it('escapes what TeX would read as commands and drops braces', () => {
		expect(bibField('5% of $1 & #2 a_b {x} \\y')).toBe('5\\% of \\$1 \\& \\#2 a\\_b x y');
		expect(bibField('a\u00a0b\u202fc')).toBe('a b c');
	});

	it('asks for the day when it is not known (a prerendered page read without JavaScript)', () => {
		const c = chartCitation('gas-price', 't', url, v, null);
		expect(c.text).toContain('Retrieved YYYY-MM-DD from https://x.org/');
		expect(c.bibtex).toContain('  urldate      = {YYYY-MM-DD},\n');
	});

	it('refuses an access date that is not YYYY-MM-DD', () => {
		expect(() => chartCitation('gas-price', 't', url, v, '8 Dec 2026')).toThrow('access date');
	});

	it('takes the day from the reader’s own calendar, not UTC', () => {
		// 23:30 local time on 31 December is still the 31st for the reader, whatever UTC says
		expect(isoDay(new Date(2026, 11, 31, 23, 30))).toBe('2026-12-31');
		expect(isoDay(new Date(2027, 0, 2, 0, 5))).toBe('2027-01-02');
	});
});

describe('embed code', () => {
	const code = embedSnippet(
		'https://x.org',
		'gas-price',
		'?gas.events=0&gas.table=1',
		'A "B"',
		640
	);

	it('writes an iframe with the view in its address, escaped for HTML, then its listener', () => {
		const [iframe, script] = code.split('\n');
		expect(iframe).toBe(
			'<iframe src="https://x.org/embed/gas-price?gas.events=0&amp;gas.table=1" title="A &quot;B&quot;" width="100%" height="640" style="border:0;max-width:100%" loading="lazy"></iframe>'
		);
		expect(script).toMatch(/^<script>.*<\/script>$/);
		expect(script).toContain('"https://x.org"');
		expect(script).toContain(EMBED_HEIGHT_MESSAGE);
	});

	/** Runs the snippet's script against a page of two fake iframes and returns their heights. */
	function run(events: { origin: string; source: 0 | 1 | null; data: unknown }[]) {
		const js = /<script>(.*)<\/script>/.exec(code)![1]!;
		const frames = [0, 1].map(() => ({ contentWindow: {}, style: { height: '' } }));
		let listener: ((e: unknown) => void) | undefined;
		const document = { querySelectorAll: () => frames };
		const addEventListener = (type: string, f: (e: unknown) => void) => {
			if (type === 'message') listener = f;
		};
		new Function('addEventListener', 'document', js)(addEventListener, document);
		for (const e of events)
			listener!({
				origin: e.origin,
				data: e.data,
				source: e.source === null ? {} : frames[e.source]!.contentWindow
			});
		return frames.map((f) => f.style.height);
	}
	const msg = (height: unknown) => ({ type: EMBED_HEIGHT_MESSAGE, id: 'gas-price', height });

	it('sets the height of the frame that sent it, and of no other', () => {
		expect(run([{ origin: 'https://x.org', source: 1, data: msg(1012.4) }])).toEqual([
			'',
			'1013px'
		]);
		expect(
			run([
				{ origin: 'https://x.org', source: 0, data: msg(700) },
				{ origin: 'https://x.org', source: 0, data: msg(650) }
			])
		).toEqual(['650px', '']);
	});

	it('ignores other origins, other messages and heights that are not numbers', () => {
		expect(
			run([
				{ origin: 'https://evil.example', source: 0, data: msg(10) },
				{ origin: 'https://x.org.evil.example', source: 0, data: msg(10) },
				{ origin: 'https://x.org', source: 0, data: { type: 'other', height: 10 } },
				{ origin: 'https://x.org', source: 0, data: msg('tall') },
				{ origin: 'https://x.org', source: 0, data: msg(-5) },
				{ origin: 'https://x.org', source: 0, data: null },
				{ origin: 'https://x.org', source: null, data: msg(10) }
			])
		).toEqual(['', '']);
	});
});
