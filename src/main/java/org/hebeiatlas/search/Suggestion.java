package org.hebeiatlas.search;

/**
 * A name that starts with what a person has typed so far, and the entity it names.
 */
public record Suggestion(String text, Kind kind, Object node) {

	/** What a suggestion names, as in the {@code SuggestionKind} enum of the schema. */
	public enum Kind {

		COMPANY, BRAND, PRODUCT, CLUSTER, COUNTY, CITY

	}

}
