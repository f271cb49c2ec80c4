package org.hebeiatlas.search;

/**
 * The order of search hits, as named in the {@code SearchOrder} enum of the schema.
 */
public enum SearchOrder {

	/** Best matches first. */
	RELEVANCE,
	/** By English name. */
	NAME,
	/** Nearest first; needs {@code filter.near}. */
	DISTANCE

}
