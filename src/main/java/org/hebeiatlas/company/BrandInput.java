package org.hebeiatlas.company;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hebeiatlas.model.NamedEntity;

/**
 * The fields of {@code createBrand} and {@code updateBrand}; on update, fields left out (null) stay as they are.
 */
record BrandInput(String id, String company, @Size(max = 100) @Pattern(regexp = NamedEntity.SLUG_PATTERN) String slug,
		@Size(max = 300) @Pattern(regexp = NamedEntity.NOT_BLANK) String name, @Size(max = 300) String nameZh,
		@Size(max = 100) List<@NotBlank String> sources) {
}
