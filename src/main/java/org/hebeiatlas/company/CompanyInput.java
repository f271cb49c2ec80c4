package org.hebeiatlas.company;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hebeiatlas.model.NamedEntity;

/**
 * The fields of {@code createCompany} and {@code updateCompany}; on update, fields left out (null) stay as they are.
 */
record CompanyInput(String id, @Size(max = 100) @Pattern(regexp = NamedEntity.SLUG_PATTERN) String slug,
		@Size(max = 300) @Pattern(regexp = NamedEntity.NOT_BLANK) String name, @Size(max = 300) String nameZh,
		CompanyKind kind, String county, @Size(max = 50) List<@NotBlank String> clusters,
		@Size(max = 4000) String description, Boolean uncertain, @Size(max = 2000) String note,
		@Size(max = 100) List<@NotBlank String> sources) {
}
