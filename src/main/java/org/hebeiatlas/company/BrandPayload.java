package org.hebeiatlas.company;

import java.util.List;

import org.hebeiatlas.curation.UserError;

/**
 * The result of a brand write.
 */
record BrandPayload(Brand brand, List<UserError> userErrors) {

	static BrandPayload of(Brand brand) {
		return new BrandPayload(brand, List.of());
	}

	static BrandPayload rejected(List<UserError> errors) {
		return new BrandPayload(null, errors);
	}

}
