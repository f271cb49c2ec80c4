package org.hebeiatlas.product;

import org.hebeiatlas.curation.DeleteInput;
import org.hebeiatlas.curation.DeletePayload;
import org.hebeiatlas.curation.Writes;
import org.hebeiatlas.security.CuratorOnly;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * Mutation fields for products.
 */
@Controller
@CuratorOnly
class ProductMutationController {

	private final ProductCuration curation;

	ProductMutationController(ProductCuration curation) {
		this.curation = curation;
	}

	@MutationMapping
	ProductPayload createProduct(@Argument ProductInput input) {
		return Writes.attempt(() -> ProductPayload.of(this.curation.create(input)), ProductPayload::rejected);
	}

	@MutationMapping
	ProductPayload updateProduct(@Argument ProductInput input) {
		return Writes.attempt(() -> ProductPayload.of(this.curation.update(input)), ProductPayload::rejected);
	}

	@MutationMapping
	DeletePayload deleteProduct(@Argument DeleteInput input) {
		return Writes.attempt(() -> DeletePayload.deleted(this.curation.delete(input)), DeletePayload::rejected);
	}

}
