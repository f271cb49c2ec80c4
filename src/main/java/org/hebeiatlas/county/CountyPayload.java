package org.hebeiatlas.county;

import java.util.List;

import org.hebeiatlas.curation.UserError;

/**
 * The result of a county write.
 */
record CountyPayload(County county, List<UserError> userErrors) {

	static CountyPayload of(County county) {
		return new CountyPayload(county, List.of());
	}

	static CountyPayload rejected(List<UserError> errors) {
		return new CountyPayload(null, errors);
	}

}
