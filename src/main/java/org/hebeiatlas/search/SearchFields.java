package org.hebeiatlas.search;

/**
 * Names of the index fields that queries use beyond the text fields named after entity properties.
 */
public final class SearchFields {

	/** Sort key of the English name; also matches a query that is the whole name. */
	public static final String NAME_SORT = "name_sort";

	/** Edge n-grams of the English name, for suggestions. */
	public static final String NAME_PREFIX = "name_prefix";

	/** Edge n-grams of the Chinese name, for suggestions. */
	public static final String NAME_ZH_PREFIX = "nameZh_prefix";

	/** What a hit is: COMPANY, PRODUCT, CLUSTER or COUNTY. */
	public static final String TYPE = "facet_type";

	/** Slug of the city a hit is in. */
	public static final String CITY = "facet_city";

	/** Slug of the county-level place a hit is in (or is). */
	public static final String COUNTY = "facet_county";

	/** Slugs of the clusters a hit belongs to (or is). */
	public static final String CLUSTER = "facet_cluster";

	/** Industries of those clusters, as full text. */
	public static final String INDUSTRY = "industry_text";

	/** Grantors of the awards a hit received. */
	public static final String AWARD_GRANTOR = "facet_award_grantor";

	/** Years of the awards a hit received. */
	public static final String AWARD_YEAR = "facet_award_year";

	/** Where a hit is: its county's coordinates. */
	public static final String LOCATION = "location";

	/** How many sources and awards stand behind a hit: a sign of how well known it is. */
	public static final String PROMINENCE = "prominence";

	/** How many statements about a hit's clusters and county name it. */
	public static final String MENTIONS = "mentions";

	private SearchFields() {
	}

}
