package org.hebeiatlas.fact;

import java.util.List;

import org.hebeiatlas.curation.UserError;

/**
 * The result of a fact write.
 */
record FactPayload(Fact fact, List<UserError> userErrors) {

	static FactPayload of(Fact fact) {
		return new FactPayload(fact, List.of());
	}

	static FactPayload rejected(List<UserError> errors) {
		return new FactPayload(null, errors);
	}

}
