package org.hebeiatlas.award;

import java.util.List;

import org.hebeiatlas.curation.UserError;

/**
 * The result of an award write.
 */
record AwardPayload(Award award, List<UserError> userErrors) {

	static AwardPayload of(Award award) {
		return new AwardPayload(award, List.of());
	}

	static AwardPayload rejected(List<UserError> errors) {
		return new AwardPayload(null, errors);
	}

}
