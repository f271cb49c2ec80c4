package org.hebeiatlas.county;

import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hebeiatlas.model.NamedEntity;

/**
 * The fields of {@code createCounty} and {@code updateCounty}; on update, fields left out (null) stay as they are.
 */
record CountyInput(String id, @Size(max = 100) @Pattern(regexp = NamedEntity.SLUG_PATTERN) String slug,
		@Size(max = 200) @Pattern(regexp = NamedEntity.NOT_BLANK) String name, @Size(max = 200) String nameZh,
		CountyKind kind, String city, Boolean provinciallyAdministered, @Size(max = 2000) String note,
		@DecimalMin("-90") @DecimalMax("90") Double latitude, @DecimalMin("-180") @DecimalMax("180") Double longitude,
		@Size(max = 100) List<@NotBlank String> sources) {
}
