package org.hebeiatlas.cluster;

import org.hebeiatlas.curation.DeleteInput;
import org.hebeiatlas.curation.DeletePayload;
import org.hebeiatlas.curation.Writes;
import org.hebeiatlas.security.CuratorOnly;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * Mutation fields for clusters.
 */
@Controller
@CuratorOnly
class ClusterMutationController {

	private final ClusterCuration curation;

	ClusterMutationController(ClusterCuration curation) {
		this.curation = curation;
	}

	@MutationMapping
	ClusterPayload createCluster(@Argument ClusterInput input) {
		return Writes.attempt(() -> ClusterPayload.of(this.curation.create(input)), ClusterPayload::rejected);
	}

	@MutationMapping
	ClusterPayload updateCluster(@Argument ClusterInput input) {
		return Writes.attempt(() -> ClusterPayload.of(this.curation.update(input)), ClusterPayload::rejected);
	}

	@MutationMapping
	DeletePayload deleteCluster(@Argument DeleteInput input) {
		return Writes.attempt(() -> DeletePayload.deleted(this.curation.delete(input)), DeletePayload::rejected);
	}

}
