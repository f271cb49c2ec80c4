package org.hebeiatlas.award;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One recipient of an award, named by its kind and slug.
 */
record AwardRecipientInput(@NotNull AwardRecipientType type, @NotBlank @Size(max = 100) String slug) {
}
