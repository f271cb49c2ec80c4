package org.hebeiatlas.cluster;

import java.util.List;

import org.hebeiatlas.curation.UserError;

/**
 * The result of a cluster write.
 */
record ClusterPayload(Cluster cluster, List<UserError> userErrors) {

	static ClusterPayload of(Cluster cluster) {
		return new ClusterPayload(cluster, List.of());
	}

	static ClusterPayload rejected(List<UserError> errors) {
		return new ClusterPayload(null, errors);
	}

}
