package org.hebeiatlas.award;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hebeiatlas.model.NamedEntity;

/**
 * The fields of {@code createAward} and {@code updateAward}; on update, fields left out (null) stay as they are.
 */
record AwardInput(String id, @Size(max = 100) @Pattern(regexp = NamedEntity.SLUG_PATTERN) String slug,
		@Size(max = 500) @Pattern(regexp = NamedEntity.NOT_BLANK) String name, @Size(max = 500) String nameZh,
		@Size(max = 300) String category, AwardLevel level, @Size(max = 500) String grantor,
		@Min(1000) @Max(2100) Integer year, @Size(max = 200) String yearText, @Size(max = 4000) String description,
		@Size(max = 100) String county, @Size(max = 1000) String recipientText, Boolean uncertain,
		@Size(max = 100) List<@Valid @NotNull AwardRecipientInput> recipients,
		@Size(max = 100) List<@NotBlank String> sources) {
}
