package org.hebeiatlas.cluster;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hebeiatlas.model.NamedEntity;

/**
 * The fields of {@code createCluster} and {@code updateCluster}; on update, fields left out (null) stay as they are.
 */
record ClusterInput(String id, @Size(max = 100) @Pattern(regexp = NamedEntity.SLUG_PATTERN) String slug,
		@Size(max = 300) @Pattern(regexp = NamedEntity.NOT_BLANK) String name, @Size(max = 300) String nameZh,
		String county, @Size(max = 1000) @Pattern(regexp = NamedEntity.NOT_BLANK) String industry,
		@Size(max = 50) List<@NotBlank @Size(max = 500) String> titles, @Size(max = 100) List<@NotBlank String> sources) {
}
