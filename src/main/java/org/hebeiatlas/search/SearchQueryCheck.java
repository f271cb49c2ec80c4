package org.hebeiatlas.search;

import java.util.Map;

import org.hebeiatlas.graphql.ArgumentCheck;

import org.springframework.stereotype.Component;

/**
 * Reads the {@code query} of a {@code search} before the request runs, so that a query too long or with too many
 * terms refuses the request with one clear error.
 */
@Component
class SearchQueryCheck implements ArgumentCheck {

	private final SearchQueryParser parser;

	SearchQueryCheck(SearchQueryParser parser) {
		this.parser = parser;
	}

	@Override
	public boolean appliesTo(String fieldName) {
		return fieldName.equals("search");
	}

	@Override
	public void check(Map<String, Object> arguments) {
		this.parser.parse((String) arguments.get("query"));
	}

}
