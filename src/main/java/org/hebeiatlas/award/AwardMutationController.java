package org.hebeiatlas.award;

import org.hebeiatlas.curation.DeleteInput;
import org.hebeiatlas.curation.DeletePayload;
import org.hebeiatlas.curation.Writes;
import org.hebeiatlas.security.CuratorOnly;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * Mutation fields for awards and their recipients.
 */
@Controller
@CuratorOnly
class AwardMutationController {

	private final AwardCuration curation;

	AwardMutationController(AwardCuration curation) {
		this.curation = curation;
	}

	@MutationMapping
	AwardPayload createAward(@Argument AwardInput input) {
		return Writes.attempt(() -> AwardPayload.of(this.curation.create(input)), AwardPayload::rejected);
	}

	@MutationMapping
	AwardPayload updateAward(@Argument AwardInput input) {
		return Writes.attempt(() -> AwardPayload.of(this.curation.update(input)), AwardPayload::rejected);
	}

	@MutationMapping
	DeletePayload deleteAward(@Argument DeleteInput input) {
		return Writes.attempt(() -> DeletePayload.deleted(this.curation.delete(input)), DeletePayload::rejected);
	}

	@MutationMapping
	AwardPayload linkAwardRecipient(@Argument AwardRecipientLinkInput input) {
		return Writes.attempt(() -> AwardPayload.of(this.curation.link(input)), AwardPayload::rejected);
	}

	@MutationMapping
	AwardPayload unlinkAwardRecipient(@Argument AwardRecipientLinkInput input) {
		return Writes.attempt(() -> AwardPayload.of(this.curation.unlink(input)), AwardPayload::rejected);
	}

}
