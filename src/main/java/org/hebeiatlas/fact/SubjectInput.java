package org.hebeiatlas.fact;

import jakarta.validation.constraints.Size;

/**
 * What a new fact or figure is about: exactly one of a county, cluster or company slug, or none for the province.
 */
public record SubjectInput(@Size(max = 100) String county, @Size(max = 100) String cluster,
		@Size(max = 100) String company) {
}
