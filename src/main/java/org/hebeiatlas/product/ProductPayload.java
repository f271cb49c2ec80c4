package org.hebeiatlas.product;

import java.util.List;

import org.hebeiatlas.curation.UserError;

/**
 * The result of a product write.
 */
record ProductPayload(Product product, List<UserError> userErrors) {

	static ProductPayload of(Product product) {
		return new ProductPayload(product, List.of());
	}

	static ProductPayload rejected(List<UserError> errors) {
		return new ProductPayload(null, errors);
	}

}
