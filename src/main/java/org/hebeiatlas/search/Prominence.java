package org.hebeiatlas.search;

import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortThenStep;

/**
 * Relevance with prominence: a hit's text score, raised by the sources and awards behind it and by the statements
 * about its clusters and county that name it (the flagship firms and brands the sources single out), so that among
 * hits that match alike the better-known come first. The backend sorts by it while it collects hits, reading the two
 * counts from doc values ({@link LuceneProminence}, {@link ElasticsearchProminence}): no hit is loaded but those of
 * the page.
 */
interface Prominence {

	/** Each source or award behind a hit adds this share to its score, up to {@link #MAX_PROMINENCE} of them. */
	double PROMINENCE_WEIGHT = 0.08;

	int MAX_PROMINENCE = 10;

	/** Each statement naming the hit multiplies its score by one more such share, up to {@link #MAX_MENTIONS}. */
	double MENTION_WEIGHT = 0.8;

	int MAX_MENTIONS = 3;

	/** Best first. */
	SortThenStep sort(SearchSortFactory f);

	/** The score of a hit with this text score and these counts (null counts as none). */
	static double boosted(double textScore, Integer prominence, Integer mentions) {
		return textScore * factor((prominence != null) ? prominence : 0, (mentions != null) ? mentions : 0);
	}

	static double factor(long prominence, long mentions) {
		return (1 + PROMINENCE_WEIGHT * Math.min(prominence, MAX_PROMINENCE))
				* (1 + MENTION_WEIGHT * Math.min(mentions, MAX_MENTIONS));
	}

}
