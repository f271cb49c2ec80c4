package org.hebeiatlas.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The fields of {@code linkSource} and {@code unlinkSource}: any sourced object by its global id, and a source by its
 * code.
 */
record SourceLinkInput(String target, @NotBlank @Size(max = 32) String source) {
}
