package org.hebeiatlas.source;

import org.hebeiatlas.curation.DeleteInput;
import org.hebeiatlas.curation.DeletePayload;
import org.hebeiatlas.curation.Writes;
import org.hebeiatlas.security.CuratorOnly;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * Mutation fields for sources, and for linking sources to any sourced object.
 */
@Controller
@CuratorOnly
class SourceMutationController {

	private final SourceCuration curation;

	SourceMutationController(SourceCuration curation) {
		this.curation = curation;
	}

	@MutationMapping
	SourcePayload createSource(@Argument SourceInput input) {
		return Writes.attempt(() -> SourcePayload.of(this.curation.create(input)), SourcePayload::rejected);
	}

	@MutationMapping
	SourcePayload updateSource(@Argument SourceInput input) {
		return Writes.attempt(() -> SourcePayload.of(this.curation.update(input)), SourcePayload::rejected);
	}

	@MutationMapping
	DeletePayload deleteSource(@Argument DeleteInput input) {
		return Writes.attempt(() -> DeletePayload.deleted(this.curation.delete(input)), DeletePayload::rejected);
	}

	@MutationMapping
	SourceLinkPayload linkSource(@Argument SourceLinkInput input) {
		return Writes.attempt(() -> SourceLinkPayload.of(this.curation.link(input)), SourceLinkPayload::rejected);
	}

	@MutationMapping
	SourceLinkPayload unlinkSource(@Argument SourceLinkInput input) {
		return Writes.attempt(() -> SourceLinkPayload.of(this.curation.unlink(input)), SourceLinkPayload::rejected);
	}

}
