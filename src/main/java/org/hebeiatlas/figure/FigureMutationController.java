package org.hebeiatlas.figure;

import org.hebeiatlas.curation.DeleteInput;
import org.hebeiatlas.curation.DeletePayload;
import org.hebeiatlas.curation.Writes;
import org.hebeiatlas.security.CuratorOnly;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * Mutation fields for figures.
 */
@Controller
@CuratorOnly
class FigureMutationController {

	private final FigureCuration curation;

	FigureMutationController(FigureCuration curation) {
		this.curation = curation;
	}

	@MutationMapping
	FigurePayload createFigure(@Argument FigureInput input) {
		return Writes.attempt(() -> FigurePayload.of(this.curation.create(input)), FigurePayload::rejected);
	}

	@MutationMapping
	FigurePayload updateFigure(@Argument FigureInput input) {
		return Writes.attempt(() -> FigurePayload.of(this.curation.update(input)), FigurePayload::rejected);
	}

	@MutationMapping
	DeletePayload deleteFigure(@Argument DeleteInput input) {
		return Writes.attempt(() -> DeletePayload.deleted(this.curation.delete(input)), DeletePayload::rejected);
	}

}
