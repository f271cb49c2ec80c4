package org.hebeiatlas.county;

import org.hebeiatlas.curation.DeleteInput;
import org.hebeiatlas.curation.DeletePayload;
import org.hebeiatlas.curation.Writes;
import org.hebeiatlas.security.CuratorOnly;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * Mutation fields for counties.
 */
@Controller
@CuratorOnly
class CountyMutationController {

	private final CountyCuration curation;

	CountyMutationController(CountyCuration curation) {
		this.curation = curation;
	}

	@MutationMapping
	CountyPayload createCounty(@Argument CountyInput input) {
		return Writes.attempt(() -> CountyPayload.of(this.curation.create(input)), CountyPayload::rejected);
	}

	@MutationMapping
	CountyPayload updateCounty(@Argument CountyInput input) {
		return Writes.attempt(() -> CountyPayload.of(this.curation.update(input)), CountyPayload::rejected);
	}

	@MutationMapping
	DeletePayload deleteCounty(@Argument DeleteInput input) {
		return Writes.attempt(() -> DeletePayload.deleted(this.curation.delete(input)), DeletePayload::rejected);
	}

}
