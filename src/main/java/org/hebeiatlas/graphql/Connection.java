package org.hebeiatlas.graphql;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of a Relay connection: its edges, where the page stands, and the size of the whole list.
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, long totalCount) {

	/**
	 * Builds the page holding {@code items}, which start at {@code offset} of a list of {@code totalCount} items.
	 */
	public static <T> Connection<T> of(List<T> items, long offset, long totalCount) {
		List<Edge<T>> edges = new ArrayList<>(items.size());
		for (int i = 0; i < items.size(); i++) {
			edges.add(new Edge<>(Cursor.encode(offset + i), items.get(i)));
		}
		boolean empty = edges.isEmpty();
		PageInfo pageInfo = new PageInfo(offset + items.size() < totalCount, offset > 0,
				empty ? null : edges.get(0).cursor(), empty ? null : edges.get(edges.size() - 1).cursor());
		return new Connection<>(edges, pageInfo, totalCount);
	}

	/** A node of a connection with its cursor. */
	public record Edge<T>(String cursor, T node) {

	}

	/** Where a page stands in the whole list. */
	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {

	}

}
