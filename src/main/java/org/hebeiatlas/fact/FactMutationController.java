package org.hebeiatlas.fact;

import org.hebeiatlas.curation.DeleteInput;
import org.hebeiatlas.curation.DeletePayload;
import org.hebeiatlas.curation.Writes;
import org.hebeiatlas.security.CuratorOnly;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * Mutation fields for facts.
 */
@Controller
@CuratorOnly
class FactMutationController {

	private final FactCuration curation;

	FactMutationController(FactCuration curation) {
		this.curation = curation;
	}

	@MutationMapping
	FactPayload createFact(@Argument FactInput input) {
		return Writes.attempt(() -> FactPayload.of(this.curation.create(input)), FactPayload::rejected);
	}

	@MutationMapping
	FactPayload updateFact(@Argument FactInput input) {
		return Writes.attempt(() -> FactPayload.of(this.curation.update(input)), FactPayload::rejected);
	}

	@MutationMapping
	DeletePayload deleteFact(@Argument DeleteInput input) {
		return Writes.attempt(() -> DeletePayload.deleted(this.curation.delete(input)), DeletePayload::rejected);
	}

}
