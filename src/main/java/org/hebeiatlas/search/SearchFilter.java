package org.hebeiatlas.search;

import java.util.List;

/**
 * Which hits a search may return. Criteria combine with AND; values inside one list with OR.
 *
 * @param types only these kinds of hit
 * @param cities only hits in these cities (slugs)
 * @param counties only hits in these county-level places (slugs)
 * @param clusters only hits belonging to these clusters (slugs)
 * @param industries only hits whose clusters' industry mentions all the words of one of these texts
 * @param awardGrantors only hits that received an award from one of these grantors
 * @param yearFrom only hits that received an award in this year or later
 * @param yearTo only hits that received an award in this year or earlier
 * @param near only hits within a distance of a point
 */
public record SearchFilter(List<SearchResultType> types, List<String> cities, List<String> counties,
		List<String> clusters, List<String> industries, List<String> awardGrantors, Integer yearFrom, Integer yearTo,
		Near near) {

	public static final SearchFilter NONE = new SearchFilter(null, null, null, null, null, null, null, null, null);

	/** A circle on the map: hits whose county lies within {@code radiusKm} of the point. */
	public record Near(double latitude, double longitude, double radiusKm) {
	}

}
