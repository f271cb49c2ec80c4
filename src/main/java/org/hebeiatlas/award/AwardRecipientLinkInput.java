package org.hebeiatlas.award;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The fields of {@code linkAwardRecipient} and {@code unlinkAwardRecipient}: the award by its global id, the recipient
 * by its kind and slug.
 */
record AwardRecipientLinkInput(String id, @NotNull AwardRecipientType type, @NotBlank @Size(max = 100) String slug) {
}
