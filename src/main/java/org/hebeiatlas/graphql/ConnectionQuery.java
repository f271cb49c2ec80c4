package org.hebeiatlas.graphql;

import java.util.List;

import org.hebeiatlas.graphql.ConnectionArguments.PageWindow;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/**
 * Reads one page of a connection from a Spring Data repository: the rows of the requested window in the requested
 * order, and the size of the filtered list (counted only when the rows do not tell it).
 */
public final class ConnectionQuery {

	private ConnectionQuery() {
	}

	public static <T> Connection<T> fetch(JpaSpecificationExecutor<T> repository, Specification<T> filter, Sort order,
			ConnectionArguments arguments) {
		PageWindow window = arguments.window(() -> repository.count(filter));
		if (window.limit() == 0) {
			long total = repository.count(filter);
			return Connection.of(List.of(), Math.min(window.offset(), total), total);
		}
		Page<T> page = repository.findAll(filter, new OffsetPageRequest(window.offset(), window.limit(), order));
		return Connection.of(page.getContent(), window.offset(), page.getTotalElements());
	}

}
