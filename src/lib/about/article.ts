/**
 * The source article the atlas starts from, as /about describes it. The research pack cites it as
 * ARTICLE_CLAIM (data/sources.csv). Its text gives no author, outlet or date, so none is given
 * here. The references are the five the article lists at its end, copied as printed; the article's
 * web addresses were broken across lines, and are joined here (the space after a line-end hyphen
 * removed).
 */
export interface ArticleReference {
	author: string;
	title: string;
	outlet: string;
	/** As the article prints it. */
	date: string;
	url: string;
}

export const ARTICLE = {
	title: 'An Assessment of Russia – Belarus Relations',
	sourceId: 'ARTICLE_CLAIM',
	references: [
		{
			author: 'Veronika Sušová-Salminen',
			title: 'The dilemmas of Belarus-Russian relations',
			outlet: 'Transform Europe',
			date: '19 April 2021',
			url: 'https://www.transform-network.net/en/blog/article/the-dilemmas-of-belarus-russian-relations/'
		},
		{
			author: 'Henry Foy',
			title: 'Energy deals point to thawing of Belarus-Russia relations',
			outlet: 'Financial Times',
			date: '6 January 2021',
			url: 'https://www.ft.com/content/18bc285f-9caf-43b7-8337-22f470aa7977'
		},
		{
			author: 'Vladislav Davidzon',
			title: 'Difficult neighbors: How the Belarus crisis has strained ties between Minsk and Kyiv',
			outlet: 'Atlantic Council',
			date: '3 March 2021',
			url: 'https://www.atlanticcouncil.org/blogs/ukrainealert/difficult-neighbors-how-the-belarus-crisis-has-strained-ties-between-minsk-and-kyiv/'
		},
		{
			author: 'Pritish Gupta',
			title: 'Russia-Belarus relations: The future of the union state',
			outlet: 'Observer Research Foundation',
			date: '28 April 2020',
			url: 'https://www.orfonline.org/expert-speak/russia-belarus-relations-future-union-state-65288/'
		},
		{
			author: 'Nik Martin',
			title: 'Belarus’ Soviet-era economy still propped up by Moscow',
			outlet: 'DW',
			date: '25 August 2020',
			url: 'https://www.dw.com/en/belarus-soviet-era-economy-still-propped-up-by-moscow/a-54694876'
		}
	] satisfies ArticleReference[]
} as const;
