package org.hebeiatlas.search;

import java.util.List;

import org.hebeiatlas.graphql.Connection.PageInfo;

/**
 * One page of search hits, with the facets of all hits and a spelling suggestion.
 *
 * @param facets null when the client did not ask for them
 * @param didYouMean a corrected query that finds more, or null
 */
public record SearchResultConnection(List<SearchEdge> edges, PageInfo pageInfo, long totalCount, List<Facet> facets,
		String didYouMean) {

	/** A hit: the entity, how well it matched, and the fragments of its text that matched. */
	public record SearchEdge(String cursor, double score, Object node, List<Highlight> highlights) {
	}

	/** Fragments of one field of a hit, with the matches wrapped in {@code <em>} and the rest HTML-escaped. */
	public record Highlight(String field, List<String> fragments) {
	}

	/** The values of one facet over all hits, with their counts. */
	public record Facet(SearchFacetField field, List<FacetValue> values) {
	}

	/**
	 * One value of a facet.
	 *
	 * @param value what to put in the filter to select it
	 * @param label what to show
	 * @param count hits with this value, counted as if this facet had nothing selected
	 * @param selected whether the filter selects it
	 */
	public record FacetValue(String value, String label, long count, boolean selected) {
	}

	/** The facets of a search, as named in the {@code SearchFacetField} enum of the schema. */
	public enum SearchFacetField {

		TYPE, CITY, COUNTY, CLUSTER, AWARD_GRANTOR, YEAR

	}

}
