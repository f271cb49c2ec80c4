package org.hebeiatlas.fact;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hebeiatlas.model.NamedEntity;

/**
 * The fields of {@code createFact} and {@code updateFact}; on update, fields left out (null) stay as they are. A fact
 * always keeps at least one source.
 */
record FactInput(String id, @Size(max = 4000) @Pattern(regexp = NamedEntity.NOT_BLANK) String text,
		@Min(1000) @Max(2100) Integer year, Boolean uncertain, @Size(max = 2000) String note,
		@Valid SubjectInput subject, @Size(min = 1, max = 100) List<@NotBlank String> sources) {
}
