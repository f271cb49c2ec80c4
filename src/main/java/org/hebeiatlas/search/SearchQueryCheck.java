package org.hebeiatlas.search;

import java.util.Map;

import org.hebeiatlas.graphql.ArgumentCheck;
import org.hebeiatlas.graphql.InvalidArgumentException;

import org.springframework.stereotype.Component;

/**
 * Reads the {@code query} and the order of a {@code search} before the request runs, so that a query too long or with
 * too many terms, or a distance order with nothing to measure from, refuses the request with one clear error.
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
		boolean near = arguments.get("filter") instanceof Map<?, ?> filter && filter.get("near") != null;
		if (String.valueOf(arguments.get("orderBy")).equals(SearchOrder.DISTANCE.name()) && !near) {
			throw new InvalidArgumentException("orderBy", SearchService.DISTANCE_NEEDS_NEAR);
		}
	}

}
