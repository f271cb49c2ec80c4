package org.hebeiatlas.product;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hebeiatlas.model.NamedEntity;

/**
 * The fields of {@code createProduct} and {@code updateProduct}; on update, fields left out (null) stay as they are.
 */
record ProductInput(String id, @Size(max = 100) @Pattern(regexp = NamedEntity.SLUG_PATTERN) String slug,
		@Size(max = 300) @Pattern(regexp = NamedEntity.NOT_BLANK) String name, @Size(max = 300) String nameZh,
		@Size(max = 4000) String description, @Size(max = 100) String company, @Size(max = 100) String brand,
		@Size(max = 100) List<@NotBlank String> sources) {
}
