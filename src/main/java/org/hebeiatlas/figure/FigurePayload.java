package org.hebeiatlas.figure;

import java.util.List;

import org.hebeiatlas.curation.UserError;

/**
 * The result of a figure write.
 */
record FigurePayload(Figure figure, List<UserError> userErrors) {

	static FigurePayload of(Figure figure) {
		return new FigurePayload(figure, List.of());
	}

	static FigurePayload rejected(List<UserError> errors) {
		return new FigurePayload(null, errors);
	}

}
