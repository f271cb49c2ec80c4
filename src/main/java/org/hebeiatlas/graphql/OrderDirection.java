package org.hebeiatlas.graphql;

import org.springframework.data.domain.Sort;

/**
 * Sort direction of a connection's {@code orderBy}.
 */
public enum OrderDirection {

	ASC, DESC;

	public Sort.Direction toSortDirection() {
		return (this == DESC) ? Sort.Direction.DESC : Sort.Direction.ASC;
	}

}
