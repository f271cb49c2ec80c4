package org.hebeiatlas.plan;

import java.util.List;

import org.hebeiatlas.curation.UserError;

/**
 * The result of a plan write.
 */
record PlanPayload(Plan plan, List<UserError> userErrors) {

	static PlanPayload of(Plan plan) {
		return new PlanPayload(plan, List.of());
	}

	static PlanPayload rejected(List<UserError> errors) {
		return new PlanPayload(null, errors);
	}

}
