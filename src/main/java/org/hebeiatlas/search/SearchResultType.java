package org.hebeiatlas.search;

/**
 * The kinds of object that a search returns, as named in the {@code SearchResultType} enum of the schema.
 */
public enum SearchResultType {

	COMPANY, PRODUCT, CLUSTER, COUNTY

}
