package org.hebeiatlas.plan;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hebeiatlas.model.NamedEntity;

/**
 * The fields of {@code createPlan} and {@code updatePlan}; on update, fields left out (null) stay as they are.
 */
record PlanInput(String id, @Size(max = 100) @Pattern(regexp = NamedEntity.SLUG_PATTERN) String slug,
		@Size(max = 500) @Pattern(regexp = NamedEntity.NOT_BLANK) String name, @Size(max = 500) String nameZh,
		@Size(max = 500) String issuer, @Size(max = 100) String issued, @Min(1000) @Max(2100) Integer year,
		@Size(max = 4000) String description, Boolean uncertain, @Size(max = 100) List<@NotBlank String> sources) {
}
