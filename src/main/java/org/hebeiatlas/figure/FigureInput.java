package org.hebeiatlas.figure;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hebeiatlas.fact.SubjectInput;
import org.hebeiatlas.model.NamedEntity;

/**
 * The fields of {@code createFigure} and {@code updateFigure}; on update, fields left out (null) stay as they are. A
 * figure always keeps at least one source.
 */
record FigureInput(String id, @Valid SubjectInput subject, FigureMetric metric,
		@Size(max = 300) @Pattern(regexp = NamedEntity.NOT_BLANK) String label, Double value,
		@Size(max = 32) @Pattern(regexp = UNIT, message = UNIT_RULE) String unit,
		@Min(1000) @Max(2100) Integer year, @DecimalMin("-100") Double growthPercent, Boolean approximate,
		@Size(max = 1000) String quote, Boolean uncertain, @Size(max = 100) String fact,
		@Size(min = 1, max = 100) List<@NotBlank String> sources) {

	static final String UNIT = "[A-Z][A-Z0-9_]*";

	static final String UNIT_RULE = "must be upper-case letters, digits and underscores, such as CNY or FIRMS";

}
