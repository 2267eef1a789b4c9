/** The evaluation sets `npm run eval` scores: articles, gold events, and what each set measures. */
export interface EvalSet {
  readonly name: string;
  readonly articles: string;
  readonly gold: string;
  readonly about: string;
}

/**
 * The evaluation sets, in the order they are reported. Each is extracted on its own (events merge only within a
 * set). The dev sets were written for the project; see the `about` of each gold file.
 */
export const EVAL_SETS: readonly EvalSet[] = [
  {
    name: 'seeds',
    articles: 'data/articles',
    gold: 'data/gold/seed-events.json',
    about: 'the five seed articles (ISIS in Syria and Iraq) the extractor was built on',
  },
  {
    name: 'dev',
    articles: 'data/dev/articles',
    gold: 'data/dev/gold.json',
    about: 'articles written for the project about conflicts other than Syria and Iraq',
  },
  {
    name: 'dev-isis',
    articles: 'data/dev-isis/articles',
    gold: 'data/dev-isis/gold.json',
    about: 'articles written for the project about ISIS in Syria and Iraq, unseen by the extractor',
  },
  {
    name: 'dev-fresh',
    articles: 'data/dev-fresh/articles',
    gold: 'data/dev-fresh/gold.json',
    about: 'articles written for the project about conflicts neither other dev set covers, gold written before any run',
  },
  {
    name: 'dev-fresh2',
    articles: 'data/dev-fresh2/articles',
    gold: 'data/dev-fresh2/gold.json',
    about: 'a second held-out set: conflicts no other set covers, gold written before any run',
  },
  {
    name: 'dev-fresh3',
    articles: 'data/dev-fresh3/articles',
    gold: 'data/dev-fresh3/gold.json',
    about: 'a third held-out set: conflicts no other set covers, gold written before any run or rule was read',
  },
  {
    name: 'dev-fresh4',
    articles: 'data/dev-fresh4/articles',
    gold: 'data/dev-fresh4/gold.json',
    about: 'a fourth held-out set: conflicts no other set covers, gold written before any run or rule was read',
  },
  {
    name: 'dev-fresh5',
    articles: 'data/dev-fresh5/articles',
    gold: 'data/dev-fresh5/gold.json',
    about: 'a fifth held-out set: conflicts no other set covers, gold written before any run or rule was read',
  },
];
